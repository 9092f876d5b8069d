import { checkAddress, checkFen, checkQuantity, checkSkuCode, cleanPhone } from "../checks.js";
import type { OrderHead } from "../drafts.js";
import type { RowReader } from "../row-reader.js";
import { checkTime } from "../time.js";
import type { OrderLine } from "../types.js";
import type { LineFieldKey, OrderFieldKey } from "./columns.js";

type HeadKey = Exclude<OrderFieldKey, "total">;

/**
 * The recipient, phone (联系手机, else 联系电话), address and time of an order row, or
 * undefined once their problems (or any earlier on the row) are recorded. The total is the
 * order report's to add: a sub-order row's amounts are the sub-order's.
 */
export function readTaobaoHead(reader: RowReader<HeadKey>): OrderHead | undefined {
  const buyerName = reader.required("buyerName");
  const phone = cleanPhone(reader.text("mobile")) || cleanPhone(reader.text("phone"));
  if (phone === "") reader.problem(reader.has("mobile") ? "mobile" : "phone", "order_phone_missing");
  const addressText = reader.required("address");
  const address = addressText === undefined ? undefined : reader.take("address", () => checkAddress(addressText));
  const placedAt = reader.take("placedAt", (cell) => checkTime(cell));
  if (reader.failed || !buyerName || !addressText || !address || !placedAt) return undefined;
  return { buyerName, phone, addressText, address, placedAt, totalFen: undefined };
}

/** One item: 商家编码, title, quantity and unit price, or undefined once its problems are recorded. */
export function readTaobaoLine(reader: RowReader<LineFieldKey>): OrderLine | undefined {
  const skuCode = reader.take("skuCode", checkSkuCode);
  const quantity = reader.take("quantity", checkQuantity);
  const unitPriceFen = reader.take("price", checkFen);
  if (skuCode === undefined || quantity === undefined || unitPriceFen === undefined) return undefined;
  return {
    skuCode,
    title: reader.written("title"),
    options: reader.written("options"),
    quantity,
    unitPriceFen,
    source: reader.source,
  };
}
