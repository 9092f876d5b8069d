import { Badge, Button, Card, Group, Progress, Stack, Text } from "@mantine/core";
import { IconBolt } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BuyOutcome } from "./BuyOutcome";
import { useBuy } from "./buyer-queries";
import { DealCountdown } from "./DealCountdown";
import { PHASE_COLORS } from "./DealStats";
import { dealPhase, formatCountdown, secondsUntil } from "./deal-phase";
import { ItemPicture } from "./ItemPicture";
import { randomId } from "./idempotency-key";
import { Price } from "./Price";
import { QuantityStepper } from "./QuantityStepper";
import type { FlashDeal, LineupItem } from "./queries";
import { useServerNow } from "./server-clock";

/** The most one tap asks for; the deal's own limit is usually far lower and the server says so. */
const MOST_PER_TAP = 99;

/**
 * 秒杀: the deal price against the original, a countdown to its start and end, units sold
 * and left as they go, and one tap to buy. Every tap is a new Idempotency-Key; a retry of a
 * tap that got no answer sends the same key again, so it can never buy twice.
 */
export function DealCard({
  roomId,
  deal,
  item,
  signedIn,
  onNeedSignIn,
}: {
  roomId: string;
  deal: FlashDeal;
  item: LineupItem | undefined;
  signedIn: boolean;
  onNeedSignIn: () => void;
}) {
  const { t } = useTranslation();
  const now = useServerNow();
  const phase = dealPhase(deal, now);
  const [quantity, setQuantity] = useState(1);
  const buy = useBuy(roomId);

  const tap = () => {
    if (!signedIn) return onNeedSignIn();
    buy.mutate({ dealId: deal.id, quantity, key: randomId() });
  };
  const retry = () => {
    if (buy.variables) buy.mutate(buy.variables);
  };
  const button =
    phase === "upcoming"
      ? t("live.buy.startsIn", { time: formatCountdown(secondsUntil(deal.startsAt, now)) })
      : t(`live.buy.button.${phase}`);

  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      id={`deal-${deal.id}`}
      data-testid="deal"
      data-deal={deal.id}
      data-phase={phase}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ItemPicture url={item?.pictureUrl ?? null} size={72} />
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Group gap={6} wrap="nowrap">
              <Badge
                color={PHASE_COLORS[phase]}
                variant={phase === "open" ? "filled" : "light"}
                size="sm"
                style={{ flexShrink: 0 }}
                data-testid="deal-phase"
              >
                {t(`live.phase.${phase}`)}
              </Badge>
              <Text size="sm" fw={600} lineClamp={2}>
                {item?.title}
              </Text>
            </Group>
            <Price fen={deal.dealPriceFen} was={item?.originalPriceFen} />
            <DealCountdown deal={deal} now={now} />
          </Stack>
        </Group>
        <Progress value={(deal.sold / deal.quantity) * 100} color="red" size="md" radius="xl" aria-hidden />
        <Group justify="space-between" gap="xs">
          <Text size="sm" data-testid="deal-counts">
            {t("live.buy.counts", { sold: deal.sold, left: deal.left })}
          </Text>
          <Text size="xs" c="dimmed">
            {t("live.buy.limit", { count: deal.perBuyerLimit })}
          </Text>
        </Group>
        {deal.code && phase !== "ended" && phase !== "soldOut" && (
          <Text size="xs" c="dimmed">
            {t("live.buy.byComment", { code: deal.code })}
          </Text>
        )}
        <Group gap="sm" wrap="nowrap">
          {(phase === "open" || phase === "upcoming") && (
            <QuantityStepper value={quantity} onChange={setQuantity} max={MOST_PER_TAP} disabled={phase !== "open"} />
          )}
          <Button
            flex={1}
            size="md"
            color="red"
            leftSection={phase === "open" ? <IconBolt size={18} /> : null}
            disabled={phase !== "open"}
            loading={buy.isPending}
            onClick={tap}
            data-testid="buy"
          >
            {button}
          </Button>
        </Group>
        <BuyOutcome
          accepted={buy.data}
          error={buy.error}
          perBuyerLimit={deal.perBuyerLimit}
          onRetry={retry}
          retrying={buy.isPending}
        />
      </Stack>
    </Card>
  );
}
