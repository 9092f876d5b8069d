import type { SheetError } from "../../catalog/import/sheet.js";
import type { OrderMessageCode } from "../messages.js";
import type { OrderProblem } from "./types.js";

/** A problem with a file as a whole. */
export function fileProblem(
  file: string,
  code: OrderMessageCode,
  params: Record<string, string | number> = {},
): OrderProblem {
  return { file, row: null, column: null, code, params };
}

const SHEET_CODES: Record<SheetError["code"], OrderMessageCode> = {
  import_sheet_xls: "order_file_xls",
  import_file_unreadable: "order_file_unreadable",
  import_csv_malformed: "order_csv_malformed",
};

/** The catalog's sheet reader's error, as the orders module words it. */
export function sheetProblem(file: string, error: SheetError): OrderProblem {
  return fileProblem(file, SHEET_CODES[error.code], error.params);
}
