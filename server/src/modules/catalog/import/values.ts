import type { MessageCode } from "../../../http/messages.js";
import type { ProductStatus } from "../products.js";

/** A cell as read: text from a CSV or an XLSX text cell, a number from an XLSX number cell. */
export type Cell = string | number | undefined;

export type Problem = { code: MessageCode; params?: Record<string, string | number> };
export type Parsed<T> = { value: T } | { problem: Problem };

/** ¥1,000,000 a unit, as the API allows. */
export const MAX_PRICE_FEN = 100_000_000;

/** The cell's text, folded to half-width (１２．５ → 12.5, ￥ → ¥) and trimmed; "" when blank. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return "";
  if (typeof cell === "number") return plainNumber(cell);
  return cell.normalize("NFKC").trim();
}

/**
 * A number from an XLSX cell as people typed it: Excel keeps 12.3 as the nearest double,
 * which may print as 12.300000000000001; 15 significant digits is what Excel itself shows.
 */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(15)));
  if (!/e/i.test(text)) return text;
  // Exponent form only for very large or small values: spell it out so it reads as typed.
  return Number(value.toPrecision(15)).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Yuan as typed into a spreadsheet ("12.50", "12.5", "¥12.5", "12", "1,250.00", "12元") to
 * integer fen, by reading the digits — never through a floating-point multiplication.
 * A decimal comma ("12,5") is refused with a hint, as are negatives and anything else.
 */
export function parseYuan(cell: Cell): Parsed<number | undefined> {
  const raw = cellText(cell);
  if (raw === "") return { value: undefined };
  let text = raw
    .replace(/^(¥|rmb|cny)\s*/i, "")
    .replace(/\s*元$/, "")
    .trim();
  const negative = /^[-−]/.test(text) || /^\(.*\)$/.test(text);
  if (negative) {
    const magnitude = text.replace(/^[-−]\s*(¥\s*)?/, "").replace(/^\((.*)\)$/, "$1");
    if (/^[\d.,]+$/.test(magnitude) && /\d/.test(magnitude))
      return { problem: { code: "import_price_negative", params: { value: raw } } };
    return { problem: { code: "import_price_invalid", params: { value: raw } } };
  }
  if (/^\d+,\d{1,2}$/.test(text))
    return {
      problem: { code: "import_price_decimal_comma", params: { value: raw, suggestion: text.replace(",", ".") } },
    };
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) text = text.replaceAll(",", "");
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || text === "." || text === "")
    return { problem: { code: "import_price_invalid", params: { value: raw } } };
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  if (/[1-9]/.test(fraction.slice(2))) return { problem: { code: "import_price_too_precise", params: { value: raw } } };
  if (whole.replace(/^0+/, "").length > 7)
    return { problem: { code: "import_price_too_high", params: { value: raw, max: MAX_PRICE_FEN / 100 } } };
  const fen = Number(whole || "0") * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"));
  if (fen > MAX_PRICE_FEN)
    return { problem: { code: "import_price_too_high", params: { value: raw, max: MAX_PRICE_FEN / 100 } } };
  return { value: fen };
}

/** A whole number within bounds ("1,000" and "12.0" as Excel may write them are fine). */
export function parseInteger(cell: Cell, min: number, max: number): Parsed<number | undefined> {
  const raw = cellText(cell);
  if (raw === "") return { value: undefined };
  let text = raw.replace(/^[-−]/, "-");
  if (/^-?\d{1,3}(,\d{3})+(\.0*)?$/.test(text)) text = text.replaceAll(",", "");
  const match = /^(-?\d+)(?:\.0*)?$/.exec(text);
  if (!match?.[1]) return { problem: { code: "import_integer_invalid", params: { value: raw } } };
  const value = Number(match[1]);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return { problem: { code: "import_integer_range", params: { value: raw, min, max } } };
  return { value };
}

const SCIENTIFIC = /^\d+(\.\d+)?e\+\d+$/i;

/** 商家编码: no spaces, 1–64 characters; Excel's 6.90123E+12 is caught and explained. */
export function parseCode(cell: Cell): Parsed<string | undefined> {
  const text = cellText(cell);
  if (text === "") return { value: undefined };
  if (SCIENTIFIC.test(text)) return { problem: { code: "import_scientific", params: { value: text } } };
  if (/\s/.test(text) || [...text].length > 64)
    return { problem: { code: "import_code_invalid", params: { value: text } } };
  return { value: text };
}

export function parseBarcode(cell: Cell): Parsed<string | undefined> {
  const text = cellText(cell);
  if (text === "") return { value: undefined };
  if (SCIENTIFIC.test(text)) return { problem: { code: "import_scientific", params: { value: text } } };
  if (!/^[0-9A-Za-z-]{4,32}$/.test(text))
    return { problem: { code: "import_barcode_invalid", params: { value: text } } };
  return { value: text };
}

/** Text up to `max` characters; spaces at either end are dropped. */
export function parseText(cell: Cell, max: number): Parsed<string | undefined> {
  const text = typeof cell === "string" ? cell.trim() : cellText(cell);
  if (text === "") return { value: undefined };
  if ([...text].length > max) return { problem: { code: "import_text_too_long", params: { max } } };
  return { value: text };
}

const STATUSES: Record<string, ProductStatus> = {
  草稿: "draft",
  draft: "draft",
  上架: "active",
  在售: "active",
  出售中: "active",
  active: "active",
  下架: "archived",
  已下架: "archived",
  archived: "archived",
};

export function parseStatus(cell: Cell): Parsed<ProductStatus | undefined> {
  const text = cellText(cell);
  if (text === "") return { value: undefined };
  const status = STATUSES[text.toLowerCase()];
  return status ? { value: status } : { problem: { code: "import_status_unknown", params: { value: text } } };
}

/** Picture file names, separated by ; or ； (or a line break within the cell). */
export function parsePictureNames(cell: Cell): string[] {
  const text = typeof cell === "string" ? cell : cellText(cell);
  return text
    .split(/[;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
