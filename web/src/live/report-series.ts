import type { LiveReport } from "./queries";

export type MinuteCount = LiveReport["perMinute"][number];
type TimelineEvent = LiveReport["timeline"][number];

const MINUTE = 60_000;
/** A show longer than ten hours is drawn from its first ten: a phone cannot show more anyway. */
const MOST_MINUTES = 600;

/**
 * Every minute from the first to the last with activity, quiet ones at zero: on the chart a
 * quiet minute is a dip, not a gap the line jumps over.
 */
export function everyMinute(counts: MinuteCount[]): MinuteCount[] {
  const first = counts[0];
  if (!first) return [];
  const byMinute = new Map(counts.map((count) => [Date.parse(count.minute), count]));
  const start = Date.parse(first.minute);
  const end = Math.min(Date.parse(counts.at(-1)?.minute ?? first.minute), start + (MOST_MINUTES - 1) * MINUTE);
  const minutes: MinuteCount[] = [];
  for (let at = start; at <= end; at += MINUTE) {
    const found = byMinute.get(at);
    minutes.push(found ?? { minute: new Date(at).toISOString(), orders: 0, comments: 0 });
  }
  return minutes;
}

/** Which product each deal was for, from the timeline's launches: a sell-out names only its deal. */
export function dealProducts(timeline: TimelineEvent[]): Map<string, string> {
  const products = new Map<string, string>();
  for (const event of timeline)
    if (event.kind === "deal_launched" && event.dealId && event.skuId) products.set(event.dealId, event.skuId);
  return products;
}
