import { Group, Radio, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ORG_KINDS, type OrgKind } from "./organisations";

type Props = { value: OrgKind; onChange: (kind: OrgKind) => void; error?: string };

/** Supplier, shop, carrier station or association, each with a line saying who that is. */
export function KindPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t("start.kind")}
      value={value}
      onChange={(next) => onChange(ORG_KINDS.find((kind) => kind === next) ?? value)}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={6}>
        {ORG_KINDS.map((option) => (
          <Radio.Card
            key={option}
            value={option}
            radius="md"
            p="sm"
            aria-label={t(`kinds.${option}`)}
            bd={value === option ? "1px solid var(--mantine-primary-color-filled)" : undefined}
            bg={value === option ? "var(--mantine-primary-color-light)" : undefined}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <div>
                <Text fw={600} size="sm">
                  {t(`kinds.${option}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`kindHints.${option}`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
