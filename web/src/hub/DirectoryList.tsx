import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrgKind } from "../accounts/organisations";
import { formatDate } from "../locales/format";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { DIRECTORY_PAGE, useHubDirectory } from "./queries";

// Keyed by its filter, so a new filter starts again at the first page.
export function DirectoryList({ hubId, kind, q }: { hubId: string; kind: OrgKind | null; q: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const directory = useHubDirectory(hubId, { kind, q, page });
  if (directory.isPending) return <PageLoader />;
  if (directory.isError) return <LoadFailed error={directory.error} onRetry={() => directory.refetch()} />;
  const rows = directory.data;
  return (
    <Stack gap="xs">
      {rows.length === 0 && <Text c="dimmed">{t("directory.empty")}</Text>}
      {rows.map((organisation) => (
        <Paper key={organisation.id} withBorder radius="md" px="md" py="sm" data-testid="directory-row">
          <Group justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={500} truncate>
                {organisation.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t("directory.since", { date: formatDate(organisation.createdAt) })}
              </Text>
            </div>
            <Badge variant="light" style={{ flexShrink: 0 }}>
              {t(`kinds.${organisation.kind}`)}
            </Badge>
          </Group>
        </Paper>
      ))}
      {(page > 0 || rows.length === DIRECTORY_PAGE) && (
        <Group justify="space-between">
          <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t("directory.previous")}
          </Button>
          <Text size="sm" c="dimmed">
            {page + 1}
          </Text>
          <Button variant="default" disabled={rows.length < DIRECTORY_PAGE} onClick={() => setPage(page + 1)}>
            {t("directory.next")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
