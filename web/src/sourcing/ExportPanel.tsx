import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../shell/FormAlert";
import { downloadListings, useExportCheck } from "./queries";

/** What to fix before listing (Advertising Law terms, long titles, no stock), then the ZIP for Shopify and Taobao. */
export function ExportPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const check = useExportCheck(orgId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const warnings = check.data?.warnings ?? [];

  async function download() {
    setBusy(true);
    setError(undefined);
    await downloadListings(orgId).catch(setError);
    setBusy(false);
  }

  return (
    <Stack gap="xs">
      <Text fw={600}>{t("sourcing.export.title")}</Text>
      {check.data && (
        <Text size="sm" c="dimmed">
          {t("sourcing.export.summary", { listings: check.data.listings, variants: check.data.variants })}
        </Text>
      )}
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          title={t("sourcing.export.warnings", { count: warnings.length })}
          data-testid="export-warnings"
        >
          <List size="sm">
            {warnings.map((warning) => (
              <List.Item key={`${warning.productId}-${warning.code}`}>{warning.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <FormAlert error={error} />
      <Button
        leftSection={<IconDownload size={18} />}
        onClick={download}
        loading={busy}
        disabled={!check.data?.listings}
        w="fit-content"
      >
        {t("sourcing.export.download")}
      </Button>
    </Stack>
  );
}
