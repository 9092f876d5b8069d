import { Alert, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { useCarrierName } from "./carrier-name";
import { useImportRateCard } from "./queries";
import { SheetProblemsTable } from "./SheetProblemsTable";

/** One carrier's rate card as CSV or XLSX: it replaces that carrier's contract, or every problem is listed and nothing changes. */
export function RateCardUpload({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const upload = useImportRateCard(hubId);
  const carrierName = useCarrierName(hubId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    upload.mutate(file, { onSuccess: (result) => result.ok && setFile(null) });
  }

  const result = upload.data;
  const filesError = fieldError(upload.error, "files");
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div>
          <Text fw={600}>{t("shipping.contracts.upload.title")}</Text>
          <Text size="sm" c="dimmed">
            {t("shipping.contracts.upload.hint")}
          </Text>
        </div>
        {!filesError && <FormAlert error={upload.error} />}
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t("shipping.contracts.upload.file")}
            placeholder={t("shipping.contracts.upload.choose")}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} />}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setMissing(false);
              upload.reset();
            }}
            error={missing ? t("shipping.contracts.upload.missing") : filesError}
            clearable
            w={{ base: "100%", xs: 320 }}
          />
          <Button type="submit" leftSection={<IconUpload size={18} />} loading={upload.isPending}>
            {t("shipping.contracts.upload.submit")}
          </Button>
        </Group>
        {result?.ok === true && (
          <Alert color="green" icon={<IconCircleCheck size={20} />} role="status" data-testid="rate-card-saved">
            {t("shipping.contracts.upload.done", { carrier: carrierName(result.contract.carrier) })}
          </Alert>
        )}
        {result?.ok === false && (
          <>
            <Alert
              color="red"
              icon={<IconAlertCircle size={20} />}
              title={t("shipping.contracts.upload.refusedTitle", { count: result.problems.length })}
              role="alert"
              data-testid="rate-card-refused"
            >
              {t("shipping.contracts.upload.refusedHint")}
            </Alert>
            <SheetProblemsTable problems={result.problems} />
          </>
        )}
      </Stack>
    </form>
  );
}
