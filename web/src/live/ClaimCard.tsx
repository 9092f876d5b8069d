import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../locales/format";
import { formatFen } from "../locales/money";
import type { LiveClaim } from "./buyer-queries";
import { formatCountdown, secondsUntil } from "./deal-phase";
import { useServerNow } from "./server-clock";

const STATUS_COLORS = { accepted: "orange", paid: "green", expired: "gray" } as const;

/** One order from the room: what, how many, the total, and the time left to pay it. */
export function ClaimCard({
  claim,
  timeZone,
  onPay,
}: {
  claim: LiveClaim;
  timeZone: string | undefined;
  onPay: () => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useServerNow(1000);
  const left = secondsUntil(claim.payBy, now);
  // The server expires it on its own round; past the time it cannot be paid whatever the list says.
  const status = claim.status === "accepted" && left === 0 ? "expired" : claim.status;
  return (
    <Paper withBorder radius="md" p="xs" data-testid="claim" data-status={status}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={500} lineClamp={1}>
            {claim.title}
          </Text>
          <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
            {t(`live.orders.status.${status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t("live.orders.line", {
            count: claim.quantity,
            price: formatFen(claim.dealPriceFen, i18n.language),
            total: formatFen(claim.totalFen, i18n.language),
          })}
        </Text>
        {status === "accepted" && (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="orange.8" fw={500} data-testid="pay-by">
              {t("live.orders.payWithin", { time: formatCountdown(left) })}
            </Text>
            <Button size="xs" color="red" onClick={onPay}>
              {t("live.orders.pay")}
            </Button>
          </Group>
        )}
        {status === "paid" && claim.paidAt && (
          <Text size="xs" c="dimmed">
            {t("live.orders.paidAt", { time: formatDateTime(claim.paidAt, timeZone) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
