import { normaliseHeader } from "../../catalog/import/columns.js";
import type { Cell } from "../../catalog/import/values.js";

/**
 * A column an export may have, under the names its versions have used (the first is the one
 * messages give). `required` columns must be there; of the columns sharing a `oneOf` group,
 * at least one must.
 */
export type ColumnSpec<K extends string> = {
  key: K;
  names: readonly [string, ...string[]];
  required?: true;
  oneOf?: string;
};

/** Where each column is, and its header as the file writes it (for messages). */
export type Columns<K extends string> = Map<K, { index: number; header: string }>;

export type HeaderReading<K extends string> = { columns: Columns<K>; missing: string[] };

/** The header row as compared: trimmed, full-width folded, lower case, without spaces. */
export function headerNames(cells: readonly Cell[]): string[] {
  return cells.map((cell) => (cell === undefined ? "" : normaliseHeader(String(cell))));
}

/**
 * Finds each column; when a file has two names for one column (买家实际支付金额 and 总金额),
 * the name listed first wins. Lists the required columns that are missing by their first name.
 */
export function readColumns<K extends string>(
  cells: readonly Cell[],
  specs: readonly ColumnSpec<K>[],
): HeaderReading<K> {
  const names = headerNames(cells);
  const columns: Columns<K> = new Map();
  for (const spec of specs) {
    const index = firstIndex(names, spec.names);
    if (index !== undefined) columns.set(spec.key, { index, header: String(cells[index]).trim() });
  }
  return { columns, missing: missingColumns(columns, specs) };
}

function firstIndex(names: string[], wanted: readonly string[]): number | undefined {
  for (const name of wanted) {
    const index = names.indexOf(normaliseHeader(name));
    if (index !== -1) return index;
  }
  return undefined;
}

function missingColumns<K extends string>(columns: Columns<K>, specs: readonly ColumnSpec<K>[]): string[] {
  const missing = specs.filter((spec) => spec.required && !columns.has(spec.key)).map((spec) => spec.names[0]);
  const groups = new Map<string, ColumnSpec<K>[]>();
  for (const spec of specs) if (spec.oneOf) groups.set(spec.oneOf, [...(groups.get(spec.oneOf) ?? []), spec]);
  for (const group of groups.values())
    if (!group.some((spec) => columns.has(spec.key))) missing.push(group.map((spec) => spec.names[0]).join(" / "));
  return missing;
}
