import { Button, Group, MultiSelect, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { useCarriers, useSaveCarrierPreference } from "./queries";

/** The carriers a shop allows ("SF only" for fresh goods); none chosen allows any. */
export function CarrierPreferenceForm({ orgId, hubId, saved }: { orgId: string; hubId: string; saved: string[] }) {
  const { t, i18n } = useTranslation();
  const carriers = useCarriers(hubId).data ?? [];
  const save = useSaveCarrierPreference(orgId);
  const [chosen, setChosen] = useState(saved);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(chosen, {
      onSuccess: () => notifications.show({ color: "green", message: t("shipping.waybills.preference.saved") }),
    });
  }

  const error = fieldError(save.error, "carriers");
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <div>
          <Text fw={600}>{t("shipping.waybills.preference.title")}</Text>
          <Text size="sm" c="dimmed">
            {t("shipping.waybills.preference.hint")}
          </Text>
        </div>
        {!error && <FormAlert error={save.error} />}
        <MultiSelect
          label={t("shipping.waybills.preference.label")}
          placeholder={chosen.length === 0 ? t("shipping.waybills.preference.any") : undefined}
          data={carriers.map((carrier) => ({
            value: carrier.code,
            label: i18n.language === "en" ? carrier.en : carrier.zh,
          }))}
          value={chosen}
          onChange={setChosen}
          error={error}
          searchable
          clearable
        />
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t("shipping.waybills.preference.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
