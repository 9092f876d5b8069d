/** The smallest bar drawn for a value above zero, in percent of the widest, so it never vanishes. */
export const MIN_BAR_PERCENT = 2;

/**
 * Each value as a bar's length in percent of the largest (which fills the track); zero stays
 * zero, a small positive value is drawn at least MIN_BAR_PERCENT. Negative values count as zero.
 */
export function barPercents(values: readonly number[]): number[] {
  const largest = Math.max(0, ...values);
  if (largest === 0) return values.map(() => 0);
  return values.map((value) => {
    if (value <= 0) return 0;
    const percent = (value / largest) * 100;
    return Math.min(100, Math.max(MIN_BAR_PERCENT, Math.round(percent * 10) / 10));
  });
}

/** How much is saved against a cost, in percent with one decimal; null when there is nothing to compare. */
export function savingPercent(savingFen: number, againstFen: number): number | null {
  if (againstFen <= 0) return null;
  return Math.round((savingFen / againstFen) * 1000) / 10;
}
