import { Alert, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { FormAlert } from "../shell/FormAlert";
import { type CutoffResult, useRunCutoff } from "./queries";

/** 立即截单: today's cut-off before its time; a day that already ran says so and changes nothing. */
export function CutoffNow({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const run = useRunCutoff(hubId);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("orderSettings.run.title")}</Text>
      <Text size="sm" c="dimmed">
        {t("orderSettings.run.hint")}
      </Text>
      <FormAlert error={run.error} />
      {run.data && <Outcome result={run.data} />}
      <ConfirmButton
        question={t("orderSettings.run.confirm")}
        onConfirm={() => run.mutate()}
        loading={run.isPending}
        variant="filled"
        color="orange"
        size="sm"
        w="fit-content"
      >
        {t("orderSettings.run.button")}
      </ConfirmButton>
    </Stack>
  );
}

function Outcome({ result }: { result: CutoffResult }) {
  const { t } = useTranslation();
  const date = formatDay(result.businessDate);
  return (
    <Alert
      color={result.ran ? "green" : "blue"}
      icon={result.ran ? <IconCircleCheck size={20} /> : <IconInfoCircle size={20} />}
      title={result.ran ? t("orderSettings.run.ran", { date }) : t("orderSettings.run.alreadyRan", { date })}
      role="status"
      data-testid="cutoff-result"
      data-ran={result.ran}
      data-date={result.businessDate}
    >
      {t("orderSettings.run.counts", { ...result.counts })}
    </Alert>
  );
}
