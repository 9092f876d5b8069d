import { Button, FileInput, Stack, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import type { useImportOrders } from "./queries";

/** The Taobao pair (订单报表 + 宝贝报表) or a Shopify export, sent together. */
export function OrderFilesForm({ upload }: { upload: ReturnType<typeof useImportOrders> }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) {
      setMissing(true);
      return;
    }
    upload.mutate(files);
  }

  const filesError = fieldError(upload.error, "files");
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fw={600}>{t("orders.upload.step2")}</Text>
        {!filesError && <FormAlert error={upload.error} />}
        <FileInput
          multiple
          label={t("orders.upload.files")}
          placeholder={t("orders.upload.choose")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={18} />}
          value={files}
          onChange={(chosen) => {
            setFiles(chosen.slice(0, 3));
            setMissing(false);
          }}
          error={missing ? t("orders.upload.filesMissing") : filesError}
          withAsterisk
          clearable
        />
        <Button type="submit" leftSection={<IconUpload size={18} />} loading={upload.isPending} w="fit-content">
          {t("orders.upload.submit")}
        </Button>
      </Stack>
    </form>
  );
}
