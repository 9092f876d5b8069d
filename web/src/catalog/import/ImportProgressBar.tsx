import { Card, Group, Loader, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { importProgress } from "./progress";
import type { CatalogImport } from "./queries";

/** "正在检查：第 120 / 480 行" with a bar; a moving bar while the rows are still being counted. */
export function ImportProgressBar({ record }: { record: CatalogImport }) {
  const { t } = useTranslation();
  const progress = importProgress(record);
  if (!progress) return null;
  const { phase, processed, total, percent } = progress;
  return (
    <Card withBorder data-testid="import-progress">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" />
          <Text fw={600}>{t(`catalog.import.phase.${phase}`)}</Text>
        </Group>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          size="lg"
          aria-label={t(`catalog.import.phase.${phase}`)}
        />
        <Text size="sm" c="dimmed">
          {percent === null
            ? t("catalog.import.waiting")
            : t(phase === "pictures" ? "catalog.import.picturesDone" : "catalog.import.rowsDone", {
                processed,
                total,
                percent,
              })}
        </Text>
        {record.status === "applying" && (
          <Text size="sm" c="dimmed">
            {t("catalog.import.allOrNothing")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
