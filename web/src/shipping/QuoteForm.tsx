import { Button, Group, Input, Select, SimpleGrid, Stack, Switch, TextInput } from "@mantine/core";
import { IconCalculator } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type QuoteInput, useDestinations } from "./queries";
import { EMPTY_QUOTE, type QuoteForm as Form, type QuoteField, quoteInput } from "./quote-input";

/** Weight in kg, the three sides in cm if known, the destination and whether it must go express. */
export function QuoteForm({
  hubId,
  onQuote,
  busy,
}: {
  hubId: string;
  onQuote: (input: QuoteInput) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY_QUOTE);
  const [errors, setErrors] = useState<Partial<Record<QuoteField, true>>>({});
  const set = (patch: Partial<Form>) => setForm((old) => ({ ...old, ...patch }));
  const error = (field: QuoteField) => (errors[field] ? t(`shipping.quote.errors.${field}`) : undefined);
  const destinations = useDestinations(hubId).data ?? [];
  const provinces = destinations.map((province) => ({
    value: province.code,
    label: i18n.language === "en" ? province.en : province.zh,
  }));
  const cities = (destinations.find((province) => province.code === form.province)?.cities ?? []).map((city) => ({
    value: city.code,
    label: city.name,
  }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = quoteInput(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onQuote(checked.input);
  }

  const side = (key: "lengthCm" | "widthCm" | "heightCm") => (
    <TextInput
      label={t(`shipping.quote.${key}`)}
      inputMode="decimal"
      value={form[key]}
      onChange={(event) => set({ [key]: event.currentTarget.value })}
      error={errors.size ? true : undefined}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t("shipping.quote.weight")}
            inputMode="decimal"
            placeholder="1.2"
            value={form.weightKg}
            onChange={(event) => set({ weightKg: event.currentTarget.value })}
            error={error("weightKg")}
            withAsterisk
          />
          <Select
            label={t("shipping.quote.province")}
            placeholder={t("shipping.quote.provincePlaceholder")}
            data={provinces}
            value={form.province}
            onChange={(province) => set({ province, city: "" })}
            error={error("province")}
            searchable
            withAsterisk
          />
        </SimpleGrid>
        <div>
          <SimpleGrid cols={3} spacing="xs">
            {side("lengthCm")}
            {side("widthCm")}
            {side("heightCm")}
          </SimpleGrid>
          {errors.size ? (
            <Input.Error mt={4}>{error("size")}</Input.Error>
          ) : (
            <Input.Description mt={4}>{t("shipping.quote.sizeHint")}</Input.Description>
          )}
        </div>
        <Select
          label={t("shipping.quote.city")}
          description={t("shipping.quote.cityHint")}
          data={cities}
          value={form.city || null}
          onChange={(city) => set({ city: city ?? "" })}
          error={error("city")}
          disabled={cities.length === 0}
          searchable
          clearable
          w={{ base: "100%", xs: 320 }}
        />
        <Switch
          label={t("shipping.quote.express")}
          checked={form.express}
          onChange={(event) => set({ express: event.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" leftSection={<IconCalculator size={18} />} loading={busy}>
            {t("shipping.quote.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
