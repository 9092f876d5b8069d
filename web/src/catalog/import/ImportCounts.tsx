import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "./queries";

type Counts = ImportReport["products"];
const KINDS = ["create", "update", "unchanged"] as const;
const COLOURS = { create: "teal", update: "blue", unchanged: "gray" } as const;

/** Three numbers a supplier reads at a glance: products (and SKUs) to create, to update, unchanged. */
export function ImportCounts({ products, skus, pictures }: { products: Counts; skus: Counts; pictures?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={3} spacing="xs">
        {KINDS.map((kind) => (
          <Paper key={kind} withBorder p="xs" radius="md" data-testid={`count-${kind}`}>
            <Text size="xs" c="dimmed">
              {t(`catalog.import.counts.${kind}`)}
            </Text>
            <Text fw={700} size="xl" c={COLOURS[kind]}>
              {products[kind]}
            </Text>
            <Text size="xs" c="dimmed">
              {t("catalog.import.counts.skus", { count: skus[kind] })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {pictures !== undefined && pictures > 0 && (
        <Text size="sm" c="dimmed">
          {t("catalog.import.counts.pictures", { count: pictures })}
        </Text>
      )}
    </>
  );
}
