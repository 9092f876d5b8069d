import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCurrentOrganisation } from "../../accounts/selected-organisation";
import { FormAlert } from "../../shell/FormAlert";
import { LoadFailed, PageLoader } from "../../shell/LoadFailed";
import { ChangeList } from "./ChangeList";
import { wouldChange } from "./changes";
import { ImportCounts } from "./ImportCounts";
import { ImportProgressBar } from "./ImportProgressBar";
import { ProblemList } from "./ProblemList";
import { type CatalogImport, useApplyImport, useForgetProducts, useImport } from "./queries";

/** One import: its check running, its report (bad rows, or what would change), the apply, and how it ended. */
export function ImportResultPage() {
  const organisation = useCurrentOrganisation();
  const { importId = "" } = useParams();
  if (organisation?.kind !== "supplier") return null;
  return <ImportResult orgId={organisation.id} hubId={organisation.hubId} importId={importId} />;
}

function ImportResult({ orgId, hubId, importId }: { orgId: string; hubId: string; importId: string }) {
  const { t } = useTranslation();
  const query = useImport(orgId, importId);
  const record = query.data;
  const forgetProducts = useForgetProducts(orgId, hubId);
  const status = record?.status;
  useEffect(() => {
    if (status === "applied") void forgetProducts();
  }, [status, forgetProducts]);

  if (query.error) return <LoadFailed error={query.error} onRetry={() => query.refetch()} />;
  if (!record) return <PageLoader />;
  return (
    <Stack maw={760}>
      <Stack gap={0}>
        <Title order={2}>{t("catalog.import.title")}</Title>
        <Text size="sm" c="dimmed" truncate>
          {record.fileName}
        </Text>
      </Stack>
      <ImportProgressBar record={record} />
      {record.status === "checked" && <Checked orgId={orgId} record={record} />}
      {record.status === "applied" && <Applied record={record} />}
      {record.status === "failed" && <Failed record={record} />}
    </Stack>
  );
}

function Checked({ orgId, record }: { orgId: string; record: CatalogImport }) {
  const { t } = useTranslation();
  const apply = useApplyImport(orgId, record.id);
  const report = record.report;
  if (!report) return null;
  if (report.errorCount > 0)
    return (
      <>
        <Alert
          color="red"
          icon={<IconAlertCircle size={20} />}
          title={t("catalog.import.hasErrors", { count: report.errorCount })}
          role="alert"
        >
          <Stack gap={4}>
            <Text size="sm">{t("catalog.import.nothingChanged")}</Text>
            <Text size="sm">{t("catalog.import.fixAndRetry")}</Text>
          </Stack>
        </Alert>
        <ProblemList problems={report.errors} total={report.errorCount} />
        <UploadAgain />
      </>
    );
  const anything = wouldChange(report);
  return (
    <>
      <Alert
        color={anything ? "teal" : "gray"}
        icon={<IconInfoCircle size={20} />}
        title={t("catalog.import.checkedTitle")}
      >
        {anything ? t("catalog.import.checkedHint") : t("catalog.import.noChanges")}
      </Alert>
      <ImportCounts products={report.products} skus={report.skus} pictures={report.pictures} />
      <FormAlert error={apply.error} />
      <Group>
        <Button onClick={() => apply.mutate()} loading={apply.isPending} disabled={!anything}>
          {t("catalog.import.apply")}
        </Button>
        <Button component={Link} to="/catalog/import" variant="default">
          {t("catalog.import.uploadAgain")}
        </Button>
      </Group>
      <ChangeList changes={report.changes} />
    </>
  );
}

function Applied({ record }: { record: CatalogImport }) {
  const { t } = useTranslation();
  const applied = record.report?.applied;
  return (
    <>
      <Alert color="green" icon={<IconCircleCheck size={20} />} title={t("catalog.import.appliedTitle")} role="status">
        {t("catalog.import.appliedHint")}
      </Alert>
      {applied && <ImportCounts products={applied.products} skus={applied.skus} />}
      <Group>
        <Button component={Link} to="/catalog">
          {t("catalog.import.seeProducts")}
        </Button>
        <Button component={Link} to="/catalog/import" variant="default">
          {t("catalog.import.another")}
        </Button>
      </Group>
    </>
  );
}

function Failed({ record }: { record: CatalogImport }) {
  const { t } = useTranslation();
  const report = record.report;
  return (
    <>
      <Alert color="red" icon={<IconAlertCircle size={20} />} title={t("catalog.import.failedTitle")} role="alert">
        <Stack gap={4}>
          <Text size="sm">{t("catalog.import.nothingChanged")}</Text>
          {report?.failure && <Text size="sm">{report.failure.message}</Text>}
        </Stack>
      </Alert>
      {report && report.errors.length > 0 && <ProblemList problems={report.errors} total={report.errorCount} />}
      <UploadAgain />
    </>
  );
}

function UploadAgain() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/catalog/import" w="fit-content">
      {t("catalog.import.uploadAgain")}
    </Button>
  );
}
