import type { Fen } from "./types.js";

/** Fen as plain decimal yuan, "-1234.50": what a spreadsheet reads as a number. Exact, no floating point. */
export function yuan(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Fen as printed on paper, "¥1,234.50" or "-¥12.50": thousands grouped so large sums read at a glance. */
export function formatFen(fen: Fen): string {
  const [whole = "0", cents = "00"] = yuan(Math.abs(fen)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${fen < 0 ? "-" : ""}¥${grouped}.${cents}`;
}
