import { checkAddress, checkFen, checkOptionalFen, checkQuantity, checkSkuCode, cleanPhone } from "../checks.js";
import { type Draft, finishDrafts, newDraft, type OrderHead } from "../drafts.js";
import { readColumns } from "../header.js";
import type { OpenedFile } from "../open.js";
import { RowReader } from "../row-reader.js";
import { dataRows } from "../sheet-rows.js";
import { checkTime } from "../time.js";
import type { IngestResult, OrderLine } from "../types.js";
import { shopifyAddressText } from "./address.js";
import { SHOPIFY_ORDERS, type ShopifyKey } from "./columns.js";
import { isChina, shopifySale } from "./status.js";

type Reader = RowReader<ShopifyKey>;
type Group = { name: string; draft: Draft } | undefined;

/**
 * Shopify's orders export: rows of one order share its Name and come together, the first
 * carrying the order's fields (status, totals, shipping address), each a line item.
 */
export async function readShopifyOrders(file: OpenedFile, result: IngestResult): Promise<void> {
  const columns = readColumns(file.header.cells, SHOPIFY_ORDERS).columns;
  const drafts = new Map<string, Draft>();
  let group: Group;
  for await (const row of dataRows(file))
    group = readShopifyRow(new RowReader(file.name, columns, row, result.problems), drafts, group);
  const skuHeader = columns.get("skuCode")?.header ?? null;
  finishDrafts(drafts.values(), result, (draft) => ({
    ...draft.source,
    column: skuHeader,
    code: "order_without_lines",
    params: { number: draft.number },
  }));
}

/**
 * One row: the first of a new Name opens the order, every row adds its line. A Name seen
 * before with other orders in between is refused, not merged: Shopify writes an order's rows
 * together, so a second run of them is a second export of the same order pasted below.
 */
function readShopifyRow(reader: Reader, drafts: Map<string, Draft>, group: Group): Group {
  const name = reader.required("name");
  if (name === undefined) return group;
  let draft = group?.name === name ? group.draft : undefined;
  if (!draft) {
    const earlier = drafts.get(name);
    if (earlier) {
      reader.problem("name", "order_rows_apart", { number: name, first: earlier.source.row });
      earlier.broken = true;
      return { name, draft: earlier };
    }
    draft = openOrder(reader, name);
    drafts.set(name, draft);
  }
  const line = draft.notSold === undefined ? readShopifyLine(reader) : undefined;
  if (line) draft.lines.push(line);
  if (reader.failed) draft.broken = true;
  return { name, draft };
}

/** The order's first row: whether it is a sale, and if so where it goes. Totals are read here only. */
function openOrder(reader: Reader, name: string): Draft {
  const draft = newDraft("shopify", name, reader.source);
  const status = reader.required("financialStatus") ?? "";
  const sale = shopifySale(status);
  if (status !== "" && sale === "unknown") reader.problem("financialStatus", "order_status_unknown", { value: status });
  if (sale === "not_sold") draft.notSold = status;
  else if (reader.text("cancelledAt") !== "") draft.notSold = "cancelled";
  else draft.head = readShopifyHead(reader);
  return draft;
}

function readShopifyHead(reader: Reader): OrderHead | undefined {
  const currency = reader.text("currency");
  if (currency !== "" && currency.toUpperCase() !== "CNY")
    reader.problem("currency", "order_currency_not_cny", { currency });
  const country = reader.text("country");
  if (!isChina(country)) reader.problem("country", "order_not_china", { country });
  const buyerName = reader.required("shippingName");
  const phone = [reader.text("shippingPhone"), reader.text("phone"), reader.text("billingPhone")]
    .map(cleanPhone)
    .find(Boolean);
  if (!phone) reader.problem(reader.has("shippingPhone") ? "shippingPhone" : "phone", "order_phone_missing");
  const address1 = reader.required("address1");
  const addressText = shopifyAddressText(
    reader.text("province"),
    reader.written("city"),
    address1 ?? "",
    reader.written("address2"),
  );
  const address = address1 === undefined ? undefined : reader.take("address1", () => checkAddress(addressText));
  const placedAt = reader.take("createdAt", (cell) => checkTime(cell));
  const totalFen = reader.take("total", checkOptionalFen);
  if (reader.failed || !buyerName || !phone || !address || !placedAt) return undefined;
  return { buyerName, phone, addressText, address, placedAt, totalFen };
}

function readShopifyLine(reader: Reader): OrderLine | undefined {
  const skuCode = reader.take("skuCode", checkSkuCode);
  const quantity = reader.take("quantity", checkQuantity);
  const unitPriceFen = reader.take("price", checkFen);
  if (skuCode === undefined || quantity === undefined || unitPriceFen === undefined) return undefined;
  return { skuCode, title: reader.written("title"), options: "", quantity, unitPriceFen, source: reader.source };
}
