const FIRST_MS = 500;
const LONGEST_MS = 15_000;

/**
 * How long to wait before reconnecting after the `attempt`-th failure in a row: doubling up
 * to 15 s, with up to a third taken off at random so a thousand phones that lost the same
 * server do not all come back in the same millisecond.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const full = Math.min(LONGEST_MS, FIRST_MS * 2 ** Math.max(0, attempt));
  return Math.round(full * (1 - random() / 3));
}
