import { type Cell, cellText, parseCode, parseYuan } from "../../catalog/import/values.js";
import { type ParsedAddress, parseAddress } from "../address/parse.js";
import { normalisePhone } from "../address/phone.js";
import type { Checked } from "./row-reader.js";

/** More than a village shop sells of one SKU in one order; beyond it is a typo. */
export const MAX_QUANTITY = 100_000;

/** 1, "2", "3.0" are quantities; 0, −1 and 1.5 are not. */
export function checkQuantity(cell: Cell): Checked<number> {
  const text = cellText(cell).replace(/^−/, "-");
  if (text === "") return { problem: "order_value_missing" };
  const match = /^(-?\d+)(?:\.0*)?$/.exec(text);
  if (!match?.[1]) return { problem: "order_quantity_invalid", params: { value: text } };
  const quantity = Number(match[1]);
  if (quantity < 1) return { problem: "order_quantity_not_positive", params: { value: text } };
  if (quantity > MAX_QUANTITY)
    return { problem: "order_quantity_too_large", params: { value: text, max: MAX_QUANTITY } };
  return { value: quantity };
}

/** Yuan ("12.50", "¥12.5", "1,250.00") to integer fen by its digits, never by a float multiplication. */
export function checkFen(cell: Cell): Checked<number> {
  const parsed = parseYuan(cell);
  if ("problem" in parsed) return { problem: "order_price_invalid", params: { value: cellText(cell) } };
  return parsed.value === undefined ? { problem: "order_value_missing" } : { value: parsed.value };
}

/** An amount that may be left blank (an order's total). */
export function checkOptionalFen(cell: Cell): Checked<number | undefined> {
  return cellText(cell) === "" ? { value: undefined } : checkFen(cell);
}

/**
 * 商家编码 as the catalog accepts it. An empty one is a problem of its own: the line cannot be
 * matched to a supplier's SKU at all. Whether a code is known is decided later, against the shop's picks.
 */
export function checkSkuCode(cell: Cell): Checked<string> {
  const parsed = parseCode(cell);
  if ("problem" in parsed) return { problem: "order_sku_code_invalid", params: { value: cellText(cell) } };
  return parsed.value === undefined ? { problem: "order_sku_code_empty" } : { value: parsed.value };
}

/** The delivery address split into divisions; the parser's problem names the address. */
export function checkAddress(text: string): Checked<ParsedAddress> {
  const parsed = parseAddress(text);
  return parsed.ok ? { value: parsed.address } : { problem: parsed.problem, params: { value: text } };
}

/**
 * A phone unwrapped from what exports put around it to keep Excel off it ('13812341234,
 * ="13812341234", a leading tab), a mainland mobile as its 11 digits.
 */
export function cleanPhone(text: string): string {
  return normalisePhone(text.replace(/^=?"(.*)"$/, "$1").replace(/^'/, ""));
}
