import { isBlank, openSheet, SheetError } from "../../catalog/import/sheet.js";
import { type Cell, cellText } from "../../catalog/import/values.js";
import { checkTime } from "../../orders/ingest/time.js";
import { findCarrier } from "../carriers.js";
import type { RateSheetProblem } from "../rates/csv/rows.js";
import type { TrackingEvent } from "./record.js";
import { normaliseStatus } from "./statuses.js";

type Column = "number" | "status" | "time" | "location" | "carrier";
const HEADERS: Record<Column, string[]> = {
  number: ["运单号", "快递单号", "tracking number", "tracking_number", "waybill"],
  status: ["状态", "物流状态", "status"],
  time: ["时间", "发生时间", "time", "occurred at", "occurred_at"],
  location: ["地点", "位置", "location"],
  carrier: ["快递公司", "carrier"],
};
const REQUIRED: Column[] = ["number", "status", "time"];

export type TrackingFile = { events: TrackingEvent[]; problems: RateSheetProblem[] };

/**
 * Tracking events from a carrier's file (CSV in any encoding Excel writes, or XLSX): one row
 * per event, headed 运单号, 状态, 时间 (and optionally 地点, 快递公司). Times without an offset
 * are the hub's wall-clock time. Each bad cell is a problem with its row and column.
 */
export async function readTrackingFile(path: string, offset: string): Promise<TrackingFile> {
  const rows: { row: number; cells: Cell[] }[] = [];
  try {
    for await (const row of (await openSheet(path)).rows()) rows.push(row);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    return { events: [], problems: [{ code: "rate_sheet_unreadable", params: error.params }] };
  }
  const [header, ...body] = rows.filter((row) => !isBlank(row.cells));
  const columns = columnsOf(header?.cells ?? []);
  const missing = REQUIRED.filter((column) => columns[column] === undefined);
  if (!header || missing.length > 0)
    return {
      events: [],
      problems: [
        { code: "rate_sheet_columns_missing", params: { columns: missing.map((c) => HEADERS[c][0]).join("、") } },
      ],
    };
  const file: TrackingFile = { events: [], problems: [] };
  for (const row of body) readRow(row, columns, offset, file);
  return file;
}

function columnsOf(cells: Cell[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const text = cellText(cell).toLowerCase();
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(text));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

function readRow(
  { row, cells }: { row: number; cells: Cell[] },
  columns: Partial<Record<Column, number>>,
  offset: string,
  file: TrackingFile,
): void {
  const text = (column: Column) => (columns[column] === undefined ? "" : cellText(cells[columns[column]]));
  const problem = (column: Column, code: RateSheetProblem["code"], params: Record<string, string> = {}) =>
    file.problems.push({ row, column: HEADERS[column][0], code, params });
  const trackingNumber = text("number").toUpperCase();
  if (trackingNumber === "") problem("number", "rate_sheet_value_missing");
  const status = normaliseStatus(text("status"));
  if (!status) problem("status", "tracking_status_unknown", { value: text("status") });
  const time = checkTime(columns.time === undefined ? undefined : cells[columns.time], offset);
  if ("problem" in time) problem("time", "tracking_time_invalid", { value: text("time") });
  const carrierText = text("carrier");
  const carrier = carrierText === "" ? undefined : findCarrier(carrierText)?.code;
  if (carrierText !== "" && !carrier) problem("carrier", "rate_carrier_unknown", { value: carrierText });
  if (trackingNumber === "" || !status || "problem" in time || (carrierText !== "" && !carrier)) return;
  file.events.push({
    trackingNumber,
    carrier,
    status,
    carrierStatus: text("status"),
    occurredAt: time.value,
    location: text("location"),
    row,
  });
}
