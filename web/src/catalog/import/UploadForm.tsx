import { Button, FileInput, Stack, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconFileZip, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { fieldError } from "../../api/api-error";
import { FormAlert } from "../../shell/FormAlert";
import { useUploadSheet } from "./queries";

/** The sheet and, if the sheet names pictures, their ZIP: checked first, nothing changes yet. */
export function UploadForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadSheet(orgId);
  const [sheet, setSheet] = useState<File | null>(null);
  const [pictures, setPictures] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!sheet) {
      setMissing(true);
      return;
    }
    upload.mutate({ sheet, pictures }, { onSuccess: (started) => navigate(`/catalog/import/${started.id}`) });
  }

  const sheetError = fieldError(upload.error, "sheet");
  const picturesError = fieldError(upload.error, "pictures");
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fw={600}>{t("catalog.import.step2")}</Text>
        {!sheetError && !picturesError && <FormAlert error={upload.error} />}
        <FileInput
          label={t("catalog.import.sheet")}
          placeholder={t("catalog.import.choose")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={18} />}
          value={sheet}
          onChange={(file) => {
            setSheet(file);
            setMissing(false);
          }}
          error={missing ? t("catalog.import.sheetMissing") : sheetError}
          withAsterisk
          clearable
        />
        <FileInput
          label={t("catalog.import.pictures")}
          description={t("catalog.import.picturesHint")}
          placeholder={t("catalog.import.choose")}
          accept=".zip,application/zip"
          leftSection={<IconFileZip size={18} />}
          value={pictures}
          onChange={setPictures}
          error={picturesError}
          clearable
        />
        <Text size="sm" c="dimmed">
          {t("catalog.import.checkFirst")}
        </Text>
        <Button type="submit" leftSection={<IconUpload size={18} />} loading={upload.isPending} w="fit-content">
          {t("catalog.import.upload")}
        </Button>
      </Stack>
    </form>
  );
}
