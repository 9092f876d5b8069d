import { type Draft, finishDrafts, newDraft, skippedOf } from "../drafts.js";
import { readColumns } from "../header.js";
import type { OpenedFile } from "../open.js";
import { RowReader } from "../row-reader.js";
import { dataRows } from "../sheet-rows.js";
import type { IngestResult, OrderProblem } from "../types.js";
import { SUB_ORDER_FILE, type SubOrderKey } from "./columns.js";
import { readTaobaoHead, readTaobaoLine } from "./fields.js";
import { checkOrderNumber } from "./order-number.js";
import { taobaoSale } from "./status.js";

/**
 * The newer XLSX export: one row per sub-order (子订单编号) of a main order (主订单编号).
 * Rows are grouped by main order wherever they are, since each sub-order number says which
 * line a row is: the same sub-order twice is a problem, never a second line.
 */
export async function readTaobaoSubOrders(file: OpenedFile, result: IngestResult): Promise<void> {
  const columns = readColumns(file.header.cells, SUB_ORDER_FILE).columns;
  const drafts = new Map<string, Draft>();
  const seen = new Map<string, number>();
  for await (const row of dataRows(file))
    readSubOrderRow(new RowReader(file.name, columns, row, result.problems), drafts, seen);
  const addressHeader = columns.get("address")?.header ?? null;
  finishDrafts(drafts.values(), result, (draft): OrderProblem => {
    const problem = { ...draft.source, column: addressHeader, params: { number: draft.number } };
    return draft.head ? { ...problem, code: "order_without_lines" } : { ...problem, code: "order_address_missing" };
  });
}

function readSubOrderRow(reader: RowReader<SubOrderKey>, drafts: Map<string, Draft>, seen: Map<string, number>): void {
  const number = reader.take("orderNumber", checkOrderNumber);
  if (number === undefined) return;
  const draft = drafts.get(number) ?? newDraft("taobao", number, reader.source);
  drafts.set(number, draft);
  const sub = reader.take("subOrderNumber", checkOrderNumber);
  const first = sub === undefined ? undefined : seen.get(sub);
  if (sub !== undefined && first !== undefined)
    reader.problem("subOrderNumber", "order_sub_order_repeated", { number: sub, first });
  if (sub !== undefined && first === undefined) seen.set(sub, reader.source.row);
  // The order's own fields may be on every row or on its first only.
  if (!draft.head && reader.text("address") !== "") draft.head = readTaobaoHead(reader);
  readSubOrderLine(reader, draft);
  if (reader.failed) draft.broken = true;
}

function readSubOrderLine(reader: RowReader<SubOrderKey>, draft: Draft): void {
  const status = reader.required("status") ?? "";
  const sale = taobaoSale(status);
  if (status !== "" && sale === "unknown") reader.problem("status", "order_status_unknown", { value: status });
  if (sale === "not_sold") draft.skippedLines.push(skippedOf(draft, status, "line", reader.source));
  const line = sale === "sale" ? readTaobaoLine(reader) : undefined;
  if (line) draft.lines.push(line);
}
