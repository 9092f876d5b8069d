import { openSheet, type Sheet, SheetError, type SheetRow } from "../../catalog/import/sheet.js";
import type { OrderMessageCode } from "../messages.js";
import { detectKind, type FileKind, SPECS_OF } from "./detect.js";
import { readColumns } from "./header.js";
import { fileProblem, sheetProblem } from "./problems.js";
import { headerRow } from "./sheet-rows.js";
import type { OrderFile, OrderProblem } from "./types.js";

/** An export opened and recognised, its header read and complete. */
export type OpenedFile = { name: string; sheet: Sheet; header: SheetRow; kind: FileKind };

/**
 * Opens a file and reads its header; a file taocun cannot read, does not recognise, or that
 * lacks required columns gets a file problem (naming the columns) and is not returned.
 */
export async function openOrderFile(file: OrderFile, problems: OrderProblem[]): Promise<OpenedFile | undefined> {
  try {
    const sheet = await openSheet(file.path);
    const header = await headerRow(sheet);
    if (!header) return refuse(problems, file.name, "order_file_empty");
    const kind = detectKind(header.cells);
    if (!kind) return refuse(problems, file.name, "order_file_unrecognised");
    const { missing } = readColumns(header.cells, SPECS_OF[kind]);
    const separator = kind === "shopify_orders" ? ", " : "、";
    if (missing.length > 0)
      return refuse(problems, file.name, "order_columns_missing", { columns: missing.join(separator) });
    return { name: file.name, sheet, header, kind };
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    problems.push(sheetProblem(file.name, error));
    return undefined;
  }
}

function refuse(
  problems: OrderProblem[],
  file: string,
  code: OrderMessageCode,
  params: Record<string, string | number> = {},
): undefined {
  problems.push(fileProblem(file, code, params));
  return undefined;
}
