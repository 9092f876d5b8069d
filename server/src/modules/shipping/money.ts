/**
 * Money is integer fen and weight integer grams everywhere in shipping; these convert the
 * decimals people type (1.45 元, 0.5 kg) without going through floating point, so
 * 1.1 yuan is 110 fen and never 110.00000000000001.
 */

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * An integer count of 10^-decimals units from decimal text: ("1.45", 2) → 145, ("0.5", 3) → 500.
 * Undefined when it is not a plain decimal or has more decimals than the unit holds.
 */
export function parseScaled(text: string, decimals: number): number | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = "", fraction = ""] = match;
  const digits = fraction.replace(/0+$/, "");
  if (digits.length > decimals) return undefined;
  const value = Number(whole + digits.padEnd(decimals, "0"));
  if (!Number.isSafeInteger(value)) return undefined;
  return sign === "-" ? -value : value;
}

/** Decimal text of a scaled integer: (145, 2) → "1.45"; trailing zeros kept to `keep` decimals. */
export function formatScaled(value: number, decimals: number, keep = 0): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(value)).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  while (fraction.length > keep && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

export const yuanToFen = (text: string): number | undefined => parseScaled(text, 2);
export const kgToGrams = (text: string): number | undefined => parseScaled(text, 3);
export const fenToYuan = (fen: number): string => formatScaled(fen, 2, 2);
export const gramsToKg = (grams: number): string => formatScaled(grams, 3);

/** a / b rounded half up, for non-negative integers (half a fen of 续重 is charged as a fen). */
export function divideHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** a / b rounded up, for non-negative integers. */
export function divideUp(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}
