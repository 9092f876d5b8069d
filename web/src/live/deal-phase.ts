/** Where a flash deal is in its life, as a buyer sees it. */
export type DealPhase = "upcoming" | "open" | "soldOut" | "ended";

type DealClock = { startsAt: string; endsAt: string; left: number };

/** Sold out wins over the window: a deal that is gone is gone, whatever the clock says. */
export function dealPhase(deal: DealClock, now: number): DealPhase {
  if (deal.left <= 0) return "soldOut";
  if (now < Date.parse(deal.startsAt)) return "upcoming";
  if (now >= Date.parse(deal.endsAt)) return "ended";
  return "open";
}

/** Whole seconds from now until a moment, never below zero; rounded up so 0 means "now". */
export function secondsUntil(iso: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 1000));
}

/** 00:09, 12:05, 1:02:03: a countdown as a phone shows it. */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The moment the phase changes next (start, end), for the countdown; none once it is over. */
export function nextMoment(deal: DealClock, now: number): string | undefined {
  const phase = dealPhase(deal, now);
  if (phase === "upcoming") return deal.startsAt;
  if (phase === "open") return deal.endsAt;
  return undefined;
}
