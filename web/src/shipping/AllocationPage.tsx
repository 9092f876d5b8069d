import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayPicker } from "../orders/DayPicker";
import { useHubDay } from "../orders/queries";
import { FormAlert } from "../shell/FormAlert";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { AllocationState } from "./AllocationState";
import { OperatorFrame } from "./OperatorFrame";
import { useAllocation, useRunAllocation } from "./queries";

/** 今日分配, for hub operators: the day's parcels split across carriers at the least total cost, and the saving. */
export function AllocationPage() {
  const { t } = useTranslation();
  return (
    <OperatorFrame title={t("shipping.allocation.title")} intro={t("shipping.allocation.intro")}>
      {(hubId) => <HubDay key={hubId} hubId={hubId} />}
    </OperatorFrame>
  );
}

function HubDay({ hubId }: { hubId: string }) {
  const { today, timeZone } = useHubDay(hubId);
  if (!today) return <PageLoader />;
  return <Day hubId={hubId} today={today} timeZone={timeZone} />;
}

function Day({ hubId, today, timeZone }: { hubId: string; today: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const allocation = useAllocation(hubId, date);
  const run = useRunAllocation(hubId);
  const running = run.isPending || allocation.data?.status === "running";
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <DayPicker
          label={t("shipping.allocation.date")}
          value={date}
          today={today}
          onChange={(day) => {
            setDate(day);
            run.reset();
          }}
        />
        <Button leftSection={<IconPlayerPlay size={18} />} onClick={() => run.mutate(date)} loading={running}>
          {t("shipping.allocation.run")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t("shipping.allocation.runHint")}
      </Text>
      <FormAlert error={run.error} />
      {allocation.error && <LoadFailed error={allocation.error} onRetry={() => allocation.refetch()} />}
      {allocation.isPending && <PageLoader />}
      {allocation.data === null && (
        <Text c="dimmed" data-testid="allocation-none">
          {t("shipping.allocation.none")}
        </Text>
      )}
      {allocation.data && <AllocationState hubId={hubId} allocation={allocation.data} timeZone={timeZone} />}
    </Stack>
  );
}
