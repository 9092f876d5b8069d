import { type Cell, cellText } from "../../../catalog/import/values.js";
import type { Checked } from "../row-reader.js";

/**
 * A Taobao order number, wrapped as exports wrap it to keep Excel from rounding it
 * (="4012345678901234567", '4012…, a tab, quotes): the digits are the number. Once Excel has
 * turned it into a number (4.01234567890123E+18) its last digits are gone, and that is said.
 */
export function checkOrderNumber(cell: Cell): Checked<string> {
  if (typeof cell === "number") {
    if (Number.isSafeInteger(cell) && cell > 0) return { value: String(cell) };
    return { problem: "order_number_precision", params: { value: cellText(cell) } };
  }
  const text = cellText(cell);
  if (text === "") return { problem: "order_value_missing" };
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(text)) return { problem: "order_number_precision", params: { value: text } };
  const digits = text.replace(/\D/g, "");
  if (digits === "" || digits.length > 30) return { problem: "order_number_invalid", params: { value: text } };
  return { value: digits };
}
