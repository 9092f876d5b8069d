import { Card, Text, Timeline } from "@mantine/core";
import {
  IconBolt,
  IconFlag,
  IconGift,
  IconPin,
  IconPinnedOff,
  IconPlayerPlay,
  IconPlayerStop,
  type TablerIcon,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import type { LiveReport } from "./queries";
import { dealProducts } from "./report-series";

type TimelineEvent = LiveReport["timeline"][number];

const ICONS: Record<string, TablerIcon> = {
  started: IconPlayerPlay,
  pinned: IconPin,
  unpinned: IconPinnedOff,
  deal_launched: IconBolt,
  sold_out: IconFlag,
  draw: IconGift,
  ended: IconPlayerStop,
};
const KINDS = ["started", "pinned", "unpinned", "deal_launched", "sold_out", "draw", "ended"] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** The show's moments in order: on air, each product presented, each deal launched and sold out, draws, off air. */
export function ReportTimeline({ report, timeZone }: { report: LiveReport; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  const titles = new Map(report.products.map((product) => [product.skuId, product.title]));
  const products = dealProducts(report.timeline);
  const clock = new Intl.DateTimeFormat(i18n.language, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const productOf = (event: TimelineEvent) =>
    titles.get(event.skuId ?? products.get(event.dealId ?? "") ?? "") ?? t("live.report.timeline.unknown");

  const describe = (event: TimelineEvent, kind: Kind): string => {
    const detail = event.detail as { dealPriceFen?: number; quantity?: number; prize?: string; winners?: number };
    if (kind === "deal_launched" && detail.dealPriceFen !== undefined)
      return t("live.report.timeline.deal_launched", {
        product: productOf(event),
        price: formatFen(detail.dealPriceFen ?? 0, i18n.language),
        count: detail.quantity ?? 0,
      });
    if (kind === "draw")
      return t("live.report.timeline.draw", { prize: detail.prize ?? "", count: detail.winners ?? 0 });
    // A launch noted without its terms (older records) still says what was launched.
    if (kind === "deal_launched") return t("live.report.timeline.dealLaunchedPlain", { product: productOf(event) });
    return t(`live.report.timeline.${kind}`, { product: productOf(event) });
  };

  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="sm">
        {t("live.report.timeline.title")}
      </Text>
      <Timeline bulletSize={24} lineWidth={2} active={report.timeline.length}>
        {report.timeline
          .filter((event) => isKind(event.kind))
          .map((event) => {
            const kind = event.kind as Kind;
            const Icon = ICONS[kind] ?? IconFlag;
            return (
              <Timeline.Item
                key={`${event.at}-${event.kind}-${event.dealId ?? event.skuId ?? ""}`}
                bullet={<Icon size={14} />}
                title={describe(event, kind)}
                data-testid="timeline-event"
                data-kind={kind}
              >
                <Text size="xs" c="dimmed">
                  {clock.format(new Date(event.at))}
                </Text>
              </Timeline.Item>
            );
          })}
      </Timeline>
    </Card>
  );
}
