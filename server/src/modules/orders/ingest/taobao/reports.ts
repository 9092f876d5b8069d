import { checkOptionalFen } from "../checks.js";
import { type Draft, finishDrafts, newDraft, skippedOf } from "../drafts.js";
import { type Columns, readColumns } from "../header.js";
import type { OpenedFile } from "../open.js";
import { RowReader } from "../row-reader.js";
import { dataRows } from "../sheet-rows.js";
import type { IngestResult } from "../types.js";
import { ITEM_REPORT, type ItemReportKey, ORDER_REPORT, type OrderReportKey } from "./columns.js";
import { readTaobaoHead, readTaobaoLine } from "./fields.js";
import { checkOrderNumber } from "./order-number.js";
import { taobaoSale } from "./status.js";

/**
 * Joins a 订单报表 and its 宝贝报表 on 订单编号: orders are read first (one row each),
 * then each item row becomes a line of its order. Both files are streamed; only the orders
 * are held in memory.
 */
export async function readTaobaoReports(orders: OpenedFile, items: OpenedFile, result: IngestResult): Promise<void> {
  const drafts = new Map<string, Draft>();
  const orderColumns = readColumns(orders.header.cells, ORDER_REPORT).columns;
  for await (const row of dataRows(orders))
    readOrderRow(new RowReader(orders.name, orderColumns, row, result.problems), drafts);
  const itemColumns = readColumns(items.header.cells, ITEM_REPORT).columns;
  for await (const row of dataRows(items))
    readItemRow(new RowReader(items.name, itemColumns, row, result.problems), drafts);
  finishDrafts(drafts.values(), result, (draft) => ({
    ...draft.source,
    column: header(orderColumns),
    code: "order_without_lines",
    params: { number: draft.number },
  }));
}

/**
 * One order. The same order number twice in one report is refused rather than merged: an order
 * report has one row per order, so a repeat means two exports were pasted together, and
 * neither row can be trusted to be the one to keep.
 */
function readOrderRow(reader: RowReader<OrderReportKey>, drafts: Map<string, Draft>): void {
  const number = reader.take("orderNumber", checkOrderNumber);
  if (number === undefined) return;
  const first = drafts.get(number);
  if (first) {
    reader.problem("orderNumber", "order_number_repeated", { number, first: first.source.row });
    first.broken = true;
    return;
  }
  const draft = newDraft("taobao", number, reader.source);
  drafts.set(number, draft);
  const status = reader.required("status") ?? "";
  const sale = taobaoSale(status);
  if (status !== "" && sale === "unknown") reader.problem("status", "order_status_unknown", { value: status });
  if (sale === "not_sold") draft.notSold = status;
  else {
    const totalFen = reader.take("total", checkOptionalFen);
    const head = readTaobaoHead(reader);
    draft.head = head && { ...head, totalFen };
  }
  draft.broken = reader.failed;
}

/** One item, added to its order; the items of an order that is not a sale are passed over. */
function readItemRow(reader: RowReader<ItemReportKey>, drafts: Map<string, Draft>): void {
  const number = reader.take("orderNumber", checkOrderNumber);
  if (number === undefined) return;
  const draft = drafts.get(number);
  if (!draft) {
    reader.problem("orderNumber", "order_lines_without_order", { number });
    return;
  }
  if (draft.notSold !== undefined) return;
  // An item's own status (a refunded sub-order of a paid order) decides for that line.
  const status = reader.text("status");
  const sale = status === "" ? "sale" : taobaoSale(status);
  if (sale === "not_sold") draft.skippedLines.push(skippedOf(draft, status, "line", reader.source));
  if (sale === "unknown") reader.problem("status", "order_status_unknown", { value: status });
  const line = sale === "sale" ? readTaobaoLine(reader) : undefined;
  if (line) draft.lines.push(line);
  if (reader.failed) draft.broken = true;
}

function header(columns: Columns<OrderReportKey>): string | null {
  return columns.get("orderNumber")?.header ?? null;
}
