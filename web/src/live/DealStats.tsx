import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { DealCountdown } from "./DealCountdown";
import { dealPhase } from "./deal-phase";
import type { FlashDeal, LineupItem } from "./queries";
import { useServerNow } from "./server-clock";

/** One launched deal as the anchor follows it: phase and countdown, units sold and left. */
export function DealStats({ deal, item }: { deal: FlashDeal; item: LineupItem | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useServerNow();
  const phase = dealPhase(deal, now);
  return (
    <Stack gap={4} data-testid="deal-stats" data-deal={deal.id} data-phase={phase}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate>
          {item?.title ?? deal.skuId}
        </Text>
        <Badge color={PHASE_COLORS[phase]} variant="light" style={{ flexShrink: 0 }}>
          {t(`live.phase.${phase}`)}
        </Badge>
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="red.7" fw={600}>
          {formatFen(deal.dealPriceFen, i18n.language)}
          {deal.code && (
            <Text span size="xs" c="dimmed" fw={400}>
              {" · "}
              {t("live.deal.codeShown", { code: deal.code })}
            </Text>
          )}
        </Text>
        <DealCountdown deal={deal} now={now} size="sm" />
      </Group>
      <Progress value={(deal.sold / deal.quantity) * 100} color="red" size="sm" aria-hidden />
      <Text size="xs" c="dimmed" data-testid="deal-stats-counts">
        {t("live.deal.counts", { sold: deal.sold, left: deal.left, limit: deal.perBuyerLimit })}
      </Text>
    </Stack>
  );
}

export const PHASE_COLORS = { upcoming: "yellow", open: "green", soldOut: "red", ended: "gray" } as const;
