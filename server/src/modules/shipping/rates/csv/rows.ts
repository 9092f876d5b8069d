import type { SheetRow } from "../../../catalog/import/sheet.js";
import { cellText } from "../../../catalog/import/values.js";
import type { ShippingMessageCode } from "../../messages.js";
import { kgToGrams, yuanToFen } from "../../money.js";
import {
  COLUMNS,
  type ColumnKey,
  columnOf,
  REQUIRED_COLUMNS,
  SETTINGS,
  type SettingKey,
  settingOf,
} from "./columns.js";

/** A problem in the sheet: the row as the spreadsheet numbers it, the column's header, the code. */
export type RateSheetProblem = {
  row?: number;
  column?: string;
  code: ShippingMessageCode;
  params: Record<string, string | number>;
};

export type { SheetRow };

/** A setting row's cells after its key. */
export type SettingRow = { row: number; key: SettingKey; values: string[] };

/** A price-table row, its cells read as text by column. */
export type TableRow = { row: number; cells: Partial<Record<ColumnKey, string>> };

export type SplitSheet = { settings: SettingRow[]; table: TableRow[]; headers: Partial<Record<ColumnKey, string>> };

/**
 * Splits the sheet into its setting rows and its price table. The table starts at the first
 * row with a 目的省份 cell; every non-blank row above it must be a known setting.
 */
export function splitSheet(rows: readonly SheetRow[], problems: RateSheetProblem[]): SplitSheet | undefined {
  const texts = rows.map(({ row, cells }) => ({ row, cells: cells.map(cellText) }));
  const headerAt = texts.findIndex(({ cells }) => cells.some((cell) => columnOf(cell) === "province"));
  if (headerAt < 0) {
    problems.push({ code: "rate_sheet_no_table", params: { header: COLUMNS.province.header } });
    return undefined;
  }
  const settings = settingRows(texts.slice(0, headerAt), problems);
  const header = texts[headerAt] as { row: number; cells: string[] };
  const columns = columnsOf(header.cells);
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    problems.push({
      row: header.row,
      code: "rate_sheet_columns_missing",
      params: { columns: missing.map((key) => COLUMNS[key].header).join(", ") },
    });
    return undefined;
  }
  const headers = Object.fromEntries(
    Object.entries(columns).map(([key, index]) => [key, header.cells[index as number] ?? ""]),
  ) as Partial<Record<ColumnKey, string>>;
  const table = texts
    .slice(headerAt + 1)
    .filter(({ cells }) => cells.some((cell) => cell !== ""))
    .map(({ row, cells }) => ({ row, cells: pick(cells, columns) }));
  return { settings, table, headers };
}

function settingRows(rows: { row: number; cells: string[] }[], problems: RateSheetProblem[]): SettingRow[] {
  const settings: SettingRow[] = [];
  for (const { row, cells } of rows) {
    const [name = "", ...values] = cells;
    if (cells.every((cell) => cell === "")) continue;
    const key = settingOf(name);
    if (key) settings.push({ row, key, values });
    else problems.push({ row, column: name, code: "rate_sheet_setting_unknown", params: { value: name } });
  }
  return settings;
}

function columnsOf(cells: string[]): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  cells.forEach((cell, index) => {
    const key = columnOf(cell);
    if (key && columns[key] === undefined) columns[key] = index;
  });
  return columns;
}

function pick(cells: string[], columns: Partial<Record<ColumnKey, number>>): TableRow["cells"] {
  const picked: TableRow["cells"] = {};
  for (const [key, index] of Object.entries(columns) as [ColumnKey, number][]) picked[key] = cells[index] ?? "";
  return picked;
}

/** The header a problem in a setting row names. */
export const settingHeader = (key: SettingKey): string => SETTINGS[key].header;

/** Reads cells as numbers, noting a problem against the row and column for each that is not one. */
export class CellReader {
  constructor(
    private readonly problems: RateSheetProblem[],
    private readonly row: number,
  ) {}

  /** Yuan ("1.45", "¥1.45", "1.45元") to fen; undefined when blank. */
  yuan(text: string | undefined, column: string): number | undefined {
    return this.read(
      text,
      column,
      (t) => yuanToFen(t.replace(/^[¥￥]/, "").replace(/元$/, "")),
      "rate_sheet_amount_invalid",
    );
  }

  /** Kilograms ("0.5", "3kg") to grams; undefined when blank. */
  kg(text: string | undefined, column: string): number | undefined {
    return this.read(text, column, (t) => kgToGrams(t.replace(/\s*(kg|公斤|千克)$/i, "")), "rate_sheet_weight_invalid");
  }

  /** A whole number ("30000", "30,000"); undefined when blank. */
  count(text: string | undefined, column: string): number | undefined {
    return this.read(text, column, (t) => parseWhole(t.replaceAll(",", "")), "rate_sheet_count_invalid");
  }

  private read(
    text: string | undefined,
    column: string,
    parse: (text: string) => number | undefined,
    code: ShippingMessageCode,
  ): number | undefined {
    if (text === undefined || text === "") return undefined;
    const value = parse(text);
    if (value === undefined) this.problems.push({ row: this.row, column, code, params: { value: text } });
    return value;
  }
}

function parseWhole(text: string): number | undefined {
  if (!/^-?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "x", "不派送", "停发"]);
const NO = new Set(["", "否", "n", "no", "false", "0"]);

/** A yes/no cell; undefined (with a problem) when it is neither. */
export function yesNo(text: string, row: number, column: string, problems: RateSheetProblem[]): boolean | undefined {
  const folded = text.toLowerCase();
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  problems.push({ row, column, code: "rate_sheet_yes_no_invalid", params: { value: text } });
  return undefined;
}
