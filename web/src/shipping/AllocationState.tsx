import { Alert, Card, Group, Loader, Stack, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../locales/format";
import { AllocationTotals } from "./AllocationTotals";
import { CarrierChart } from "./CarrierChart";
import type { Allocation } from "./queries";
import { SavingChart } from "./SavingChart";
import { ShopSharesTable } from "./ShopSharesTable";
import { SolverInfo } from "./SolverInfo";
import { UnallocatedList } from "./UnallocatedList";

/** A day's allocation as it stands: running, failed, or its result in figures and charts. */
export function AllocationState({
  hubId,
  allocation,
  timeZone,
}: {
  hubId: string;
  allocation: Allocation;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  if (allocation.status === "running")
    return (
      <Alert color="blue" role="status" data-testid="allocation-running">
        <Group gap="sm" wrap="nowrap">
          <Loader size="sm" />
          <div>
            <Text fw={600}>{t("shipping.allocation.running")}</Text>
            <Text size="sm">{t("shipping.allocation.runningHint")}</Text>
          </div>
        </Group>
      </Alert>
    );
  const { summary } = allocation;
  if (allocation.status === "failed" || !summary)
    return (
      <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert" data-testid="allocation-failed">
        {t("shipping.allocation.failed", { error: allocation.error ?? "" })}
      </Alert>
    );
  if (summary.allocated === 0 && summary.unallocated.length === 0)
    return (
      <Alert color="gray" role="status" data-testid="allocation-empty">
        {t("shipping.allocation.empty")}
      </Alert>
    );
  return (
    <Stack gap="md" data-testid="allocation-result">
      <Text size="sm" c="dimmed">
        {t("shipping.allocation.finishedAt", {
          time: formatDateTime(allocation.finishedAt ?? allocation.startedAt, timeZone),
        })}
      </Text>
      <AllocationTotals summary={summary} />
      <Card withBorder>
        <SavingChart summary={summary} />
      </Card>
      <Card withBorder>
        <CarrierChart hubId={hubId} carriers={summary.carriers} />
      </Card>
      <UnallocatedList parcels={summary.unallocated} />
      <ShopSharesTable shops={summary.shops} />
      <Card withBorder>
        <SolverInfo summary={summary} />
      </Card>
    </Stack>
  );
}
