import { Button, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { IconBolt } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { type DealField, dealDefaults, dealInput, EMPTY_DEAL, type DealForm as Form } from "./deal-form";
import { type LiveRoom, useLaunchDeal } from "./queries";

/** Launch a flash deal on a lineup product: price, units, limit per buyer, countdown, duration, claim code. */
export function DealForm({ orgId, room }: { orgId: string; room: LiveRoom }) {
  const { t } = useTranslation();
  const launch = useLaunchDeal(orgId, room.id);
  const [form, setForm] = useState<Form>(() => ({ ...EMPTY_DEAL, ...pinnedDefaults(room) }));
  const [errors, setErrors] = useState<Partial<Record<DealField, true>>>({});
  const set = (patch: Partial<Form>) => setForm((old) => ({ ...old, ...patch }));
  const error = (field: DealField, serverField: string = field) =>
    errors[field] ? t(`live.deal.errors.${field}`) : fieldError(launch.error, serverField);

  function pick(skuId: string | null) {
    const item = room.items.find((one) => one.skuId === skuId);
    set(item ? dealDefaults(item) : { skuId: "" });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = dealInput(form);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) launch.mutate(checked.input, { onSuccess: () => set({ code: "" }) });
  }

  const number = (field: "quantity" | "perBuyerLimit" | "startsInSeconds" | "durationMinutes") => (
    <TextInput
      label={t(`live.deal.${field}`)}
      inputMode="numeric"
      value={form[field]}
      onChange={(event) => set({ [field]: event.currentTarget.value })}
      error={error(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t("live.deal.sku")}
          placeholder={t("live.deal.skuPlaceholder")}
          data={room.items.map((item) => ({ value: item.skuId, label: item.title }))}
          value={form.skuId || null}
          onChange={pick}
          error={error("skuId")}
          searchable
          withAsterisk
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t("live.deal.price")}
            inputMode="decimal"
            leftSection="¥"
            value={form.price}
            onChange={(event) => set({ price: event.currentTarget.value })}
            error={error("price", "dealPriceFen")}
            withAsterisk
          />
          {number("quantity")}
          {number("perBuyerLimit")}
          {number("startsInSeconds")}
          {number("durationMinutes")}
          <TextInput
            label={t("live.deal.code")}
            description={t("live.deal.codeHint")}
            value={form.code}
            onChange={(event) => set({ code: event.currentTarget.value })}
            error={error("code")}
            maxLength={8}
          />
        </SimpleGrid>
        <FormAlert error={launch.error} />
        <Button type="submit" color="red" leftSection={<IconBolt size={18} />} loading={launch.isPending}>
          {t("live.deal.launch")}
        </Button>
      </Stack>
    </form>
  );
}

/** The product being presented is the one most likely to get a deal next. */
function pinnedDefaults(room: LiveRoom): Partial<Form> {
  const pinned = room.items.find((item) => item.skuId === room.pinnedSkuId);
  return pinned ? dealDefaults(pinned) : {};
}
