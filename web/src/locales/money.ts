/** ¥12.50 from 1250 fen, in the reader's language; amounts live as integer fen everywhere. */
export function formatFen(fen: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: "CNY" }).format(fen / 100);
}

/**
 * Integer fen from what a person typed in yuan ("12.5", "¥12.50", "12"), by string
 * arithmetic so 0.1 + 0.2 never enters; undefined for anything else ("12,5", "-3", "十").
 */
export function parseYuan(typed: string): number | undefined {
  const match = typed
    .trim()
    .replace(/^[¥￥]\s*/, "")
    .match(/^(\d{1,7})(?:\.(\d{1,2}))?$/);
  if (!match) return undefined;
  const [, whole = "0", cents = ""] = match;
  return Number(whole) * 100 + Number(cents.padEnd(2, "0"));
}

/** "12.50" for 1250: the value a yuan input shows. */
export function fenToYuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}
