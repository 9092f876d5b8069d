import type { Language } from "../../../http/language.js";
import { type MessageCode, translate } from "../../../http/messages.js";
import { type ColumnKey, type ColumnMap, columnByKey } from "./columns.js";
import type { RowProblem } from "./rows.js";
import type { Encoding, SheetFormat } from "./sheet.js";

/** A report keeps the first errors and changes; a sheet with more says how many in all. */
export const MAX_REPORTED_ERRORS = 1000;
export const MAX_REPORTED_CHANGES = 500;

/** A problem as stored: language-neutral, translated when someone reads the report. */
export type StoredProblem = RowProblem & { header?: string };

export type Difference = { before: number | null; after: number | null };

/** What the import would change (a check) or changed (an apply), one product or SKU at a time. */
export type Change =
  | { kind: "product_created"; row: number; title: string; skus: number }
  | { kind: "product_updated"; row: number; title: string; fields: string[] }
  | { kind: "sku_created"; row: number; code: string; title: string }
  | {
      kind: "sku_updated";
      row: number;
      code: string;
      /** Prices (fen) and quantities before and after. */
      differences: Partial<Record<SkuFigure, Difference>>;
      /** Other fields that change: weightGrams, barcode, sizes, optionValues, tiers. */
      other: string[];
    };

export type SkuFigure =
  | "wholesalePriceFen"
  | "dropshipPriceFen"
  | "retailPriceFen"
  | "clearancePriceFen"
  | "clearanceQuantity"
  | "onHand";

export type Counts = { create: number; update: number; unchanged: number };

/** The jsonb `report` of a catalog_imports row. */
export type ImportReport = {
  format?: SheetFormat | undefined;
  encoding?: Encoding | undefined;
  /** Data rows read (the header and blank rows not counted). */
  rows: number;
  products: Counts;
  skus: Counts;
  /** Distinct pictures the sheet names. */
  pictures: number;
  errorCount: number;
  errors: StoredProblem[];
  changes: Change[];
  /** When it was applied: what changed, which is what the check said unless the catalog moved on since. */
  applied?: { products: Counts; skus: Counts } | undefined;
  /** Why an apply failed (the catalog is then as it was). */
  failure?: { code: MessageCode; params?: Record<string, string | number> } | undefined;
};

export function emptyReport(): ImportReport {
  return {
    rows: 0,
    products: { create: 0, update: 0, unchanged: 0 },
    skus: { create: 0, update: 0, unchanged: 0 },
    pictures: 0,
    errorCount: 0,
    errors: [],
    changes: [],
  };
}

/** Collects a report as the sheet is read, keeping only its first errors and changes. */
export class ReportBuilder {
  readonly report: ImportReport = emptyReport();
  columns: ColumnMap | undefined;

  problem(problem: RowProblem & { header?: string | undefined }): void {
    this.report.errorCount += 1;
    if (this.report.errors.length >= MAX_REPORTED_ERRORS) return;
    const header = problem.header ?? (problem.column ? this.columns?.get(problem.column)?.header : undefined);
    this.report.errors.push({ ...problem, ...(header === undefined ? {} : { header }) });
  }

  change(change: Change): void {
    if (this.report.changes.length < MAX_REPORTED_CHANGES) this.report.changes.push(change);
  }

  /** The report with its errors in the order of the sheet. */
  finish(): ImportReport {
    this.report.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column) - columnOrder(b.column));
    return this.report;
  }
}

const ORDER = new Map([...columnByKey.keys()].map((key, i) => [key, i]));
const columnOrder = (column: ColumnKey | null) => (column ? (ORDER.get(column) ?? 99) : -1);

/** A report error as the API and the CLI show it: the column as the sheet names it, the reason in the reader's language. */
export type ShownProblem = { row: number | null; column: string | null; code: string; message: string };

export function showProblem(problem: StoredProblem, language: Language): ShownProblem {
  const column = problem.column ? columnByKey.get(problem.column) : undefined;
  const label = problem.header ?? (column ? (language === "en" ? column.en : column.zh) : null);
  return {
    row: problem.row,
    column: label,
    code: problem.code,
    message: translate(problem.code, language, problem.params),
  };
}
