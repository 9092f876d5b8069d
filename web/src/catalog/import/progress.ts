import type { components } from "../../api/schema.gen";

type CatalogImport = components["schemas"]["CatalogImport"];
export type ImportStatus = CatalogImport["status"];
export type ImportPhase = NonNullable<CatalogImport["phase"]>;

/** How far a running check or apply got: `percent` is null while the total is not yet known. */
export type ImportProgress = { phase: ImportPhase; processed: number; total: number; percent: number | null };

export const isRunning = (status: ImportStatus) => status === "checking" || status === "applying";

/** What the progress bar shows for an import, or null when nothing runs. */
export function importProgress(
  record: Pick<CatalogImport, "status" | "phase" | "processedRows" | "totalRows" | "pictureProgress">,
): ImportProgress | null {
  if (!isRunning(record.status)) return null;
  const phase = record.phase ?? (record.status === "checking" ? "counting" : "applying");
  if (phase === "counting") return { phase, processed: 0, total: 0, percent: null };
  const { processed, total } =
    phase === "pictures"
      ? (record.pictureProgress ?? { processed: 0, total: 0 })
      : { processed: record.processedRows, total: record.totalRows };
  return { phase, processed, total, percent: percent(processed, total) };
}

// Whole percents, never past 100, and 100 only when every row is done.
function percent(processed: number, total: number): number | null {
  if (total <= 0) return null;
  const done = Math.min(Math.max(processed, 0), total);
  return done === total ? 100 : Math.min(99, Math.floor((done * 100) / total));
}
