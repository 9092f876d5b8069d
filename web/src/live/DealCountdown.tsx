import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dealPhase, formatCountdown, nextMoment, secondsUntil } from "./deal-phase";

/** 距开抢 00:09 / 距结束 19:52, or nothing once the deal is over. */
export function DealCountdown({
  deal,
  now,
  size = "sm",
}: {
  deal: { startsAt: string; endsAt: string; left: number };
  now: number;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useTranslation();
  const moment = nextMoment(deal, now);
  if (!moment) return null;
  const phase = dealPhase(deal, now);
  const time = formatCountdown(secondsUntil(moment, now));
  return (
    <Text
      size={size}
      fw={600}
      c={phase === "upcoming" ? "orange.7" : "dimmed"}
      style={{ fontVariantNumeric: "tabular-nums" }}
      data-testid="countdown"
    >
      {t(phase === "upcoming" ? "live.deal.startsIn" : "live.deal.endsIn", { time })}
    </Text>
  );
}
