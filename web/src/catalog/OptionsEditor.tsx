import { ActionIcon, Button, Group, Stack, TagsInput, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OptionDraft } from "./variants";

const SUGGESTED = ["颜色", "尺码", "款式"];

/** Up to three option dimensions (颜色, 尺码, …), each with its values. */
export function OptionsEditor({
  options,
  onChange,
}: {
  options: OptionDraft[];
  onChange: (next: OptionDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((option, j) => (j === i ? { ...option, ...patch } : option)));
  return (
    <Stack gap="xs">
      {options.map((option, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place and never reordered
        <Group key={i} align="flex-end" wrap="nowrap">
          <TextInput
            label={t("catalog.form.optionName")}
            value={option.name}
            onChange={(event) => update(i, { name: event.currentTarget.value })}
            w={110}
          />
          <TagsInput
            label={t("catalog.form.optionValues")}
            placeholder={t("catalog.form.optionValuesHint")}
            value={option.values}
            onChange={(values) => update(i, { values })}
            style={{ flex: 1 }}
            splitChars={[",", "，", " ", "、"]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t("catalog.form.removeOption")}
            onClick={() => onChange(options.filter((_, j) => j !== i))}
            mb={4}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {options.length < 3 && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...options, { name: SUGGESTED[options.length] ?? "", values: [] }])}
          w="fit-content"
        >
          {t("catalog.form.addOption")}
        </Button>
      )}
    </Stack>
  );
}
