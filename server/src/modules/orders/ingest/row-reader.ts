import type { SheetRow } from "../../catalog/import/sheet.js";
import { type Cell, cellText } from "../../catalog/import/values.js";
import type { OrderMessageCode } from "../messages.js";
import type { Columns } from "./header.js";
import type { OrderProblem, Source } from "./types.js";

export type Params = Record<string, string | number>;

/** A value read from a cell, or why it cannot be. */
export type Checked<T> = { value: T } | { problem: OrderMessageCode; params?: Params };

/**
 * One data row of an export, read by column key. Problems are recorded against the row and
 * the column's header as the file writes it; `failed` says whether the row had any.
 */
export class RowReader<K extends string> {
  failed = false;

  // Kept by plain string keys so that a reader of more columns serves where fewer are read.
  private readonly columns: ReadonlyMap<string, { index: number; header: string }>;

  constructor(
    private readonly file: string,
    columns: Columns<K>,
    private readonly sheetRow: SheetRow,
    private readonly problems: OrderProblem[],
  ) {
    this.columns = columns;
  }

  get source(): Source {
    return { file: this.file, row: this.sheetRow.row };
  }

  /** Whether the file has the column. */
  has(key: K): boolean {
    return this.columns.has(key);
  }

  cell(key: K): Cell {
    const column = this.columns.get(key);
    return column ? this.sheetRow.cells[column.index] : undefined;
  }

  /** The cell's text, half-width and trimmed; "" for a blank cell or a column the file lacks. */
  text(key: K): string {
    return cellText(this.cell(key));
  }

  /** The cell as written, trimmed but not folded: names, titles and addresses keep their ，and （）. */
  written(key: K): string {
    const cell = this.cell(key);
    return typeof cell === "string" ? cell.trim() : cellText(cell);
  }

  /** The checked value of a cell, or undefined once its problem is recorded. */
  take<T>(key: K, check: (cell: Cell) => Checked<T>): T | undefined {
    const checked = check(this.cell(key));
    if ("value" in checked) return checked.value;
    this.problem(key, checked.problem, checked.params);
    return undefined;
  }

  /** A non-empty text as written, or undefined once "must not be empty" is recorded. */
  required(key: K): string | undefined {
    const text = this.written(key);
    if (text === "") this.problem(key, "order_value_missing");
    return text === "" ? undefined : text;
  }

  problem(key: K | null, code: OrderMessageCode, params: Params = {}): void {
    this.failed = true;
    const column = key === null ? null : (this.columns.get(key)?.header ?? null);
    this.problems.push({ file: this.file, row: this.sheetRow.row, column, code, params });
  }
}
