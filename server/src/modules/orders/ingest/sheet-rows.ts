import { isBlank, type Sheet, SheetError, type SheetRow } from "../../catalog/import/sheet.js";
import type { OpenedFile } from "./open.js";
import { sheetProblem } from "./problems.js";
import type { OrderProblem } from "./types.js";

/** A file that proved unreadable part-way through (a malformed CSV line, a broken XLSX). */
export class UnreadableFile extends Error {
  constructor(readonly problem: OrderProblem) {
    super(problem.code);
  }
}

/** The first row with anything in it: exports start with their header. */
export async function headerRow(sheet: Sheet): Promise<SheetRow | undefined> {
  for await (const row of sheet.rows()) if (!isBlank(row.cells)) return row;
  return undefined;
}

/** The rows after the header, streamed, blank ones left out. */
export async function* dataRows(file: OpenedFile): AsyncGenerator<SheetRow> {
  try {
    for await (const row of file.sheet.rows()) if (row.row > file.header.row && !isBlank(row.cells)) yield row;
  } catch (error) {
    if (error instanceof SheetError) throw new UnreadableFile(sheetProblem(file.name, error));
    throw error;
  }
}
