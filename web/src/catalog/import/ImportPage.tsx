import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../../accounts/selected-organisation";
import { formatDateTime } from "../../locales/format";
import { ComingSoonPage } from "../../modules/ComingSoonPage";
import { FormAlert } from "../../shell/FormAlert";
import { downloadTemplate, useImports } from "./queries";
import { STATUS_COLOURS } from "./status";
import { UploadForm } from "./UploadForm";

/** 批量导入: the template, the upload, and the supplier's latest imports to go back to. */
export function ImportPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind !== "supplier") return <ComingSoonPage module="catalog" />;
  return (
    <Stack maw={760}>
      <Title order={2}>{t("catalog.import.title")}</Title>
      <Card withBorder>
        <Template orgId={organisation.id} />
      </Card>
      <Card withBorder>
        <UploadForm orgId={organisation.id} />
      </Card>
      <RecentImports orgId={organisation.id} />
    </Stack>
  );
}

function Template({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<"xlsx" | "csv" | null>(null);
  const [error, setError] = useState<unknown>();
  async function download(format: "xlsx" | "csv") {
    setBusy(format);
    setError(undefined);
    await downloadTemplate(orgId, format).catch(setError);
    setBusy(null);
  }
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("catalog.import.step1")}</Text>
      <Text size="sm" c="dimmed">
        {t("catalog.import.templateHint")}
      </Text>
      <FormAlert error={error} />
      <Group gap="xs">
        <Button leftSection={<IconDownload size={18} />} onClick={() => download("xlsx")} loading={busy === "xlsx"}>
          {t("catalog.import.templateXlsx")}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} />}
          onClick={() => download("csv")}
          loading={busy === "csv"}
        >
          {t("catalog.import.templateCsv")}
        </Button>
      </Group>
    </Stack>
  );
}

function RecentImports({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const imports = useImports(orgId).data ?? [];
  if (imports.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("catalog.import.recent")}
      </Title>
      {imports.map((record) => (
        <Card
          key={record.id}
          withBorder
          padding="xs"
          component={Link}
          to={`/catalog/import/${record.id}`}
          data-testid="recent-import"
        >
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {record.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(record.createdAt)}
              </Text>
            </Stack>
            <Badge variant="light" color={STATUS_COLOURS[record.status]} style={{ flexShrink: 0 }}>
              {t(`catalog.import.status.${record.status}`)}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
