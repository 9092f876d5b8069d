import {
  ActionIcon,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { type OrderSettings, useHubSuppliers, useSaveOrderSettings } from "./queries";

type Mode = OrderSettings["defaultMode"];
const MODES: Mode[] = ["dropship", "pickup"];

/** The cut-off time, the default handover and the suppliers that hand over the other way. */
export function OrderSettingsForm({ hubId, saved }: { hubId: string; saved: OrderSettings }) {
  const { t } = useTranslation();
  const save = useSaveOrderSettings(hubId);
  const suppliers = useHubSuppliers(hubId).data ?? [];
  const [draft, setDraft] = useState<OrderSettings>(saved);
  const [adding, setAdding] = useState<string | null>(null);
  const name = (id: string) =>
    suppliers.find((supplier) => supplier.id === id)?.name ?? t("orderSettings.unknownSupplier");
  const modes = MODES.map((mode) => ({ value: mode, label: t(`orderSettings.modes.${mode}`) }));
  const overridden = Object.entries(draft.supplierModes);
  const other = (mode: Mode): Mode => (mode === "dropship" ? "pickup" : "dropship");

  function setOverride(id: string, mode: Mode | null) {
    const { [id]: _old, ...rest } = draft.supplierModes;
    setDraft({ ...draft, supplierModes: mode ? { ...rest, [id]: mode } : rest });
  }

  return (
    <Stack gap="sm">
      <Text fw={600}>{t("orderSettings.rules")}</Text>
      <FormAlert error={save.error} />
      <TextInput
        type="time"
        label={t("orderSettings.cutoffTime")}
        value={draft.cutoffTime}
        onChange={(event) => setDraft({ ...draft, cutoffTime: event.currentTarget.value })}
        error={fieldError(save.error, "cutoffTime")}
        w={160}
      />
      <Input.Wrapper
        label={t("orderSettings.defaultMode")}
        description={t(`orderSettings.modeHints.${draft.defaultMode}`)}
        inputWrapperOrder={["label", "input", "description"]}
      >
        <SegmentedControl
          data={modes}
          value={draft.defaultMode}
          onChange={(value) => setDraft({ ...draft, defaultMode: value as Mode })}
          display="flex"
          w="fit-content"
          my={4}
        />
      </Input.Wrapper>
      <Input.Wrapper
        label={t("orderSettings.overrides")}
        description={overridden.length > 0 ? t("orderSettings.overridesHint") : t("orderSettings.noOverrides")}
      >
        <Stack gap={6} mt={6}>
          {overridden.map(([id, mode]) => (
            <Paper key={id} withBorder p="xs" radius="md" data-testid="supplier-override">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate style={{ minWidth: 0 }}>
                  {name(id)}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <SegmentedControl
                    size="xs"
                    data={modes}
                    value={mode}
                    onChange={(value) => setOverride(id, value as Mode)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t("orderSettings.remove")}
                    onClick={() => setOverride(id, null)}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Select
              label={t("orderSettings.supplier")}
              placeholder={t("orderSettings.supplierPlaceholder")}
              data={suppliers
                .filter((supplier) => !(supplier.id in draft.supplierModes))
                .map((supplier) => ({ value: supplier.id, label: supplier.name }))}
              value={adding}
              onChange={setAdding}
              searchable
              clearable
              nothingFoundMessage="—"
              style={{ flex: 1 }}
            />
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={!adding}
              onClick={() => {
                if (adding) setOverride(adding, other(draft.defaultMode));
                setAdding(null);
              }}
            >
              {t("orderSettings.add")}
            </Button>
          </Group>
        </Stack>
      </Input.Wrapper>
      <Button
        w="fit-content"
        loading={save.isPending}
        onClick={() =>
          save.mutate(draft, {
            onSuccess: () => notifications.show({ color: "teal", message: t("orderSettings.saved") }),
          })
        }
      >
        {t("orderSettings.save")}
      </Button>
    </Stack>
  );
}
