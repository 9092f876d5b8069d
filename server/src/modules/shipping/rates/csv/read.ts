import { parse } from "csv-parse/sync";
import { openSheet, SheetError } from "../../../catalog/import/sheet.js";
import { type RateSheetResult, rateCardFromSheet } from "./build.js";
import type { SheetRow } from "./rows.js";

/**
 * A rate card from a file: CSV in UTF-8, GBK (Excel's "ANSI" on a Chinese Windows) or UTF-16,
 * comma or tab separated, or the first sheet of an XLSX — the catalog's sheet reader tells
 * them apart by their bytes.
 */
export async function readRateCardFile(path: string): Promise<RateSheetResult> {
  const rows: SheetRow[] = [];
  try {
    const sheet = await openSheet(path);
    for await (const row of sheet.rows()) rows.push(row);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    const code =
      error.code === "import_sheet_xls"
        ? "rate_sheet_xls"
        : error.code === "import_csv_malformed"
          ? "rate_sheet_malformed"
          : "rate_sheet_unreadable";
    return { ok: false, problems: [{ code, params: error.params }] };
  }
  return rateCardFromSheet(rows);
}

/** A rate card from CSV text already decoded (an API body, a test). */
export function parseRateCardCsv(text: string): RateSheetResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return {
      ok: false,
      problems: [{ code: "rate_sheet_malformed", params: { line: e.lines ?? 0, reason: e.message } }],
    };
  }
  return rateCardFromSheet(records.map((cells, index) => ({ row: index + 1, cells })));
}
