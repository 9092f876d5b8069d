import fs from "node:fs";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Cell } from "./values.js";

export type SheetFormat = "csv" | "xlsx";
export type Encoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** One row as a spreadsheet shows it: its number (the header is usually row 1) and its cells. */
export type SheetRow = { row: number; cells: Cell[] };

/** A sheet on disk, read as a stream of rows as often as needed (count, check, apply). */
export type Sheet = { format: SheetFormat; encoding: Encoding | undefined; rows(): AsyncGenerator<SheetRow> };

/** A file that is not a sheet taocun reads, or one it cannot parse; the message is for people. */
export class SheetError extends Error {
  constructor(
    readonly code: "import_sheet_xls" | "import_file_unreadable" | "import_csv_malformed",
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** What a file is, by its first bytes: an XLSX is a ZIP, an old .xls an OLE container, else text. */
export async function sniffSheetFormat(path: string): Promise<SheetFormat> {
  const head = await firstBytes(path, 8);
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    throw new SheetError("import_sheet_xls");
  return "csv";
}

/** True for a ZIP file (by its local-file-header signature). */
export async function isZipFile(path: string): Promise<boolean> {
  return (await firstBytes(path, 4)).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

export async function openSheet(path: string): Promise<Sheet> {
  const format = await sniffSheetFormat(path);
  if (format === "xlsx") return { format, encoding: undefined, rows: () => xlsxRows(path) };
  const encoding = await detectEncoding(path);
  const delimiter = await sniffDelimiter(path, encoding);
  return { format, encoding, rows: () => csvRows(path, encoding, delimiter) };
}

/** How many filled rows the sheet has, the header included, read through once (for the progress bar's 100 %). */
export async function countRows(sheet: Sheet): Promise<number> {
  let filled = 0;
  for await (const { cells } of sheet.rows()) if (!isBlank(cells)) filled += 1;
  return filled;
}

export function isBlank(cells: Cell[]): boolean {
  return cells.every((cell) => cell === undefined || (typeof cell === "string" && cell.trim() === ""));
}

/**
 * Chinese spreadsheets are often saved as GBK ("ANSI" in Excel on a Chinese Windows):
 * a file that is not valid UTF-8 from start to end is read as GB18030, GBK's superset.
 * A UTF-16 byte-order mark (Excel's "Unicode text", Taobao's data packages) is honoured.
 */
export async function detectEncoding(path: string): Promise<Encoding> {
  const head = await firstBytes(path, 3);
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

// A tab-separated file (Excel's "Unicode text") has more tabs than commas in its header.
async function sniffDelimiter(path: string, encoding: Encoding): Promise<string> {
  const head = iconv.decode(await firstBytes(path, 64 * 1024), encoding);
  const line = head.split(/\r?\n/, 1)[0] ?? "";
  return (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? "\t" : ",";
}

async function* csvRows(path: string, encoding: Encoding, delimiter: string): AsyncGenerator<SheetRow> {
  const file = fs.createReadStream(path, { highWaterMark: 256 * 1024 });
  // Records are rows as a spreadsheet shows them (a quoted cell may hold line breaks), so
  // empty lines are kept and counted rather than skipped.
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  const source = encoding === "utf-8" ? file : file.pipe(iconv.decodeStream(encoding));
  file.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    if (e.code?.startsWith("CSV_"))
      throw new SheetError("import_csv_malformed", { line: e.lines ?? row + 1, reason: e.message });
    throw error;
  } finally {
    file.destroy();
    parser.destroy();
  }
}

/** The first worksheet, row by row, with exceljs's streaming reader (shared strings cached). */
async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  let yielded = false;
  try {
    for await (const row of streamedRows(path)) {
      yielded = true;
      yield row;
    }
  } catch (error) {
    // exceljs's streaming reader fails on a zip that puts a worksheet before xl/workbook.xml
    // (exceljs's own writer sometimes does); the whole-file reader takes any order.
    const reason = error instanceof SheetError ? String(error.params.reason) : "";
    if (yielded || !reason.includes("reading 'sheets'")) throw error;
    yield* loadedRows(path);
  }
}

async function* streamedRows(path: string): AsyncGenerator<SheetRow> {
  const file = fs.createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) yield rowOf(row);
      // Only the first sheet holds products; the template's second sheet is instructions.
      break;
    }
  } catch (error) {
    throw unreadable(error);
  } finally {
    file.destroy();
  }
}

async function* loadedRows(path: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw unreadable(error);
  }
  const rows: SheetRow[] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push(rowOf(row)));
  yield* rows;
}

function rowOf(row: ExcelJS.Row): SheetRow {
  const values = row.values as unknown[];
  const cells: Cell[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
  return { row: row.number, cells };
}

function unreadable(error: unknown): SheetError {
  if (error instanceof SheetError) return error;
  return new SheetError("import_file_unreadable", { reason: (error as Error).message });
}

/** An exceljs cell value as text or a number: formulas give their result, rich text its text. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[];
      result?: unknown;
      formula?: string;
      text?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((part) => part.text).join("");
    if ("result" in v || v.formula !== undefined) return cellOf(v.result);
    if (v.text !== undefined) return cellOf(v.text);
    if (v.error !== undefined) return v.error;
  }
  return String(value);
}

async function firstBytes(path: string, length: number): Promise<Buffer> {
  const handle = await fs.promises.open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
