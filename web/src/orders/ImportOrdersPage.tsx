import { Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { ForShopsAndSuppliers } from "./ForShopsAndSuppliers";
import { ImportOutcome } from "./ImportOutcome";
import { OrderFilesForm } from "./OrderFilesForm";
import { useImportOrders } from "./queries";

/** 导入订单: which files to export from 千牛 or Shopify, the upload, and what came of it. */
export function ImportOrdersPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind !== "shop") return <ForShopsAndSuppliers title={t("orders.upload.title")} />;
  return <ImportOrders orgId={organisation.id} />;
}

function ImportOrders({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const upload = useImportOrders(orgId);
  return (
    <Stack maw={760}>
      <Title order={2}>{t("orders.upload.title")}</Title>
      {upload.data ? (
        <ImportOutcome result={upload.data} onAgain={() => upload.reset()} />
      ) : (
        <>
          <Card withBorder>
            <HowToExport />
          </Card>
          <Card withBorder>
            <OrderFilesForm upload={upload} />
          </Card>
        </>
      )}
    </Stack>
  );
}

function HowToExport() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("orders.upload.howTitle")}</Text>
      <List size="sm" spacing="xs">
        <List.Item>{t("orders.upload.taobao")}</List.Item>
        <List.Item>{t("orders.upload.shopify")}</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        {t("orders.upload.codes")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("orders.upload.paidOnly")}
      </Text>
    </Stack>
  );
}
