/** Grams as kilograms for people ("1.2"), in the reader's language, up to the gram. */
export function formatKg(grams: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(grams / 1000);
}
