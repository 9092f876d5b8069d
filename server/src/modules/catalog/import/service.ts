import fs from "node:fs";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database, Db } from "../../../db/connection.js";
import { AppError, ConflictError, type FieldProblem, InvalidError } from "../../../http/errors.js";
import type { MessageCode } from "../../../http/messages.js";
import type { FileStorage } from "../../../storage/storage.js";
import { storePicture } from "../pictures/store.js";
import type { SupplierScope } from "../products.js";
import { catalogImports } from "../schema.js";
import { categoriesForApply, categoriesForCheck } from "./category-names.js";
import { PictureArchive } from "./picture-archive.js";
import { emptyReport, type ImportReport } from "./report.js";
import { ImportRejected, pictureNames, runSheet } from "./run.js";
import { countRows, openSheet, SheetError } from "./sheet.js";
import { fold } from "./write.js";

/** Who imports: the supplier, and the member whose name the import and its pictures carry. */
export type ImportScope = SupplierScope & { userId: string };
/** The sheet on disk, and optionally the ZIP of pictures it names. */
export type ImportFiles = { sheet: string; pictures?: string | undefined };

export type ImportStatus = "checking" | "checked" | "applying" | "applied" | "failed";
export type ImportPhase = "counting" | "checking" | "pictures" | "applying";
export type ImportProgress = { phase: ImportPhase; processed: number; total: number };
export type ProgressListener = (progress: ImportProgress) => void;
export type JobOptions = {
  /** Told every step (the CLI's progress bar); the row is updated for the web app anyway. */
  onProgress?: ProgressListener | undefined;
  /** Rows checked (and written) per round of database look-ups; 500 unless told. */
  batchRows?: number | undefined;
};

export type ImportRecord = {
  id: string;
  supplierId: string;
  createdBy: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  /** Null while the first check runs. */
  report: (ImportReport & { progress?: ImportProgress }) | null;
  createdAt: Date;
  finishedAt: Date | null;
};

const columns = {
  id: catalogImports.id,
  supplierId: catalogImports.supplierId,
  createdBy: catalogImports.createdBy,
  fileName: catalogImports.fileName,
  status: catalogImports.status,
  totalRows: catalogImports.totalRows,
  processedRows: catalogImports.processedRows,
  report: catalogImports.report,
  createdAt: catalogImports.createdAt,
  finishedAt: catalogImports.finishedAt,
};

const toRecord = (row: Omit<ImportRecord, "report"> & { report: unknown }): ImportRecord => ({
  ...row,
  report: row.report && Object.keys(row.report).length > 0 ? (row.report as ImportRecord["report"]) : null,
});

const ofImport = (scope: SupplierScope, importId: string) =>
  and(
    eq(catalogImports.hubId, scope.hubId),
    eq(catalogImports.supplierId, scope.orgId),
    eq(catalogImports.id, importId),
  );

/** Records an upload about to be checked. */
export async function createImport(
  db: Db,
  scope: ImportScope,
  fileName: string,
  id: string | undefined = undefined,
): Promise<ImportRecord> {
  const [row] = await db
    .insert(catalogImports)
    .values({
      hubId: scope.hubId,
      ...(id ? { id } : {}),
      supplierId: scope.orgId,
      createdBy: scope.userId,
      fileName: fileName.slice(0, 200),
    })
    .returning(columns);
  if (!row) throw new Error("insert returned nothing");
  return toRecord(row);
}

/** One of the supplier's imports, or 404 (also for another supplier's). */
export async function getImport(db: Db, scope: SupplierScope, importId: string): Promise<ImportRecord> {
  const [row] = await db.select(columns).from(catalogImports).where(ofImport(scope, importId));
  if (!row) throw new AppError(404, "import_not_found");
  return toRecord(row);
}

/** The supplier's latest imports, newest first. */
export async function listImports(db: Db, scope: SupplierScope, limit = 20): Promise<ImportRecord[]> {
  const rows = await db
    .select(columns)
    .from(catalogImports)
    .where(and(eq(catalogImports.hubId, scope.hubId), eq(catalogImports.supplierId, scope.orgId)))
    .orderBy(desc(catalogImports.createdAt))
    .limit(limit);
  return rows.map(toRecord);
}

/**
 * Checks a sheet (a dry run): every bad row with its column and reason, and what an apply
 * would create and update. Changes nothing but the import's own row, where progress is
 * written as it goes for the web app to poll.
 */
export async function checkImport(
  database: Database,
  scope: ImportScope,
  importId: string,
  files: ImportFiles,
  options: JobOptions = {},
): Promise<ImportRecord> {
  const { db } = database;
  const progress = progressWriter(db, scope, importId, options.onProgress, true);
  let archive: PictureArchive | undefined;
  try {
    const sheet = await openSheet(files.sheet);
    await progress("counting", 0, 0);
    const total = Math.max(0, (await countRows(sheet)) - 1);
    await progress("checking", 0, total, true);
    if (files.pictures) {
      try {
        archive = await PictureArchive.open(files.pictures);
      } catch (error) {
        return finishCheck(db, scope, importId, fileProblem("import_file_unreadable", error, "pictures"));
      }
    }
    const categories = await categoriesForCheck(db, scope.hubId);
    const report = await runSheet(db, scope, sheet, archive, categories, {
      onProgress: (processed) => progress("checking", processed, total),
      batchRows: options.batchRows,
    });
    return await finishCheck(db, scope, importId, report);
  } catch (error) {
    if (error instanceof SheetError) {
      const report = emptyReport();
      report.errorCount = 1;
      report.errors.push({ row: null, column: null, code: error.code, params: error.params });
      return finishCheck(db, scope, importId, report);
    }
    await finish(db, scope, importId, "failed", {
      ...emptyReport(),
      failure: { code: "import_file_unreadable", params: { reason: (error as Error).message } },
    });
    throw error;
  } finally {
    archive?.close();
  }
}

function fileProblem(code: MessageCode, error: unknown, column: "pictures" | null): ImportReport {
  const report = emptyReport();
  report.errorCount = 1;
  report.errors.push({ row: null, column, code, params: { reason: (error as Error).message } });
  return report;
}

function finishCheck(db: Db, scope: SupplierScope, importId: string, report: ImportReport): Promise<ImportRecord> {
  return finish(db, scope, importId, "checked", report);
}

async function finish(
  db: Db,
  scope: SupplierScope,
  importId: string,
  status: ImportStatus,
  report: ImportReport,
): Promise<ImportRecord> {
  const [row] = await db
    .update(catalogImports)
    .set({
      status,
      report,
      ...(status === "failed" ? {} : { totalRows: report.rows, processedRows: report.rows }),
      finishedAt: new Date(),
    })
    .where(ofImport(scope, importId))
    .returning(columns);
  if (!row) throw new AppError(404, "import_not_found");
  return toRecord(row);
}

/**
 * Takes a checked import without errors for applying (checked → applying), so that two
 * requests cannot apply it twice. Refuses, without changing anything, an import that has
 * errors or is not checked.
 */
export async function claimImport(db: Db, scope: SupplierScope, importId: string): Promise<ImportRecord> {
  const [claimed] = await db
    .update(catalogImports)
    .set({ status: "applying", processedRows: 0, heartbeatAt: new Date() })
    .where(
      and(
        ofImport(scope, importId),
        eq(catalogImports.status, "checked"),
        sql`coalesce((${catalogImports.report}->>'errorCount')::int, 0) = 0`,
      ),
    )
    .returning(columns);
  if (claimed) return toRecord(claimed);
  const record = await getImport(db, scope, importId);
  if (record.status === "checked" && record.report) {
    throw new ConflictError("import_has_errors", { count: record.report.errorCount });
  }
  throw new ConflictError("import_not_checked", { status: record.status });
}

/**
 * Applies a claimed import all or nothing. Pictures are stored first (storePicture, outside
 * the transaction: content-addressed, so a picture stored by a failed apply is only an
 * unused picture). Then one transaction reads the sheet again, checks each batch against
 * the catalog as it is now — rows locked — and writes it; any problem rolls everything back
 * and the import is marked failed with its report.
 */
export async function applyImport(
  database: Database,
  storage: FileStorage,
  scope: ImportScope,
  importId: string,
  files: ImportFiles,
  options: JobOptions = {},
): Promise<ImportRecord> {
  const { db } = database;
  const record = await getImport(db, scope, importId);
  if (record.status !== "applying") throw new ConflictError("import_not_checked", { status: record.status });
  const checked = record.report ?? emptyReport();
  // Inside the transaction only PostgreSQL can write progress (through another connection
  // of the pool); PGlite has one connection, held by the transaction until it ends.
  const progress = progressWriter(db, scope, importId, options.onProgress, database.kind === "postgres");
  const fail = (failure: ImportReport["failure"], report: ImportReport = checked) =>
    finish(db, scope, importId, "failed", { ...report, failure });
  if (!fs.existsSync(files.sheet) || (files.pictures !== undefined && !fs.existsSync(files.pictures)))
    return fail({ code: "import_files_gone" });

  let archive: PictureArchive | undefined;
  try {
    const sheet = await openSheet(files.sheet);
    const pictureIds = new Map<string, string>();
    if (files.pictures) {
      archive = await PictureArchive.open(files.pictures);
      const problem = await storePictures(database, storage, scope, sheet, archive, pictureIds, progress);
      if (problem) return fail({ code: "import_has_errors", params: { count: 1 } }, withError(checked, problem));
    }
    const total = checked.rows;
    await progress("applying", 0, total, true);
    const opened = archive;
    const applied = await db.transaction(async (tx) => {
      const categories = await categoriesForApply(tx, scope.hubId);
      return runSheet(tx, scope, sheet, opened, categories, {
        apply: { pictureIds },
        onProgress: (processed) => progress("applying", processed, total),
        batchRows: options.batchRows,
      });
    });
    return await finish(db, scope, importId, "applied", {
      ...checked,
      applied: { products: applied.products, skus: applied.skus },
    });
  } catch (error) {
    if (error instanceof ImportRejected)
      return fail({ code: "import_has_errors", params: { count: error.report.errorCount } }, error.report);
    await fail({ code: "import_apply_failed", params: { reason: (error as Error).message } });
    throw error;
  } finally {
    archive?.close();
  }
}

function withError(report: ImportReport, problem: FieldProblem & { name: string }): ImportReport {
  return {
    ...report,
    errorCount: 1,
    errors: [{ row: null, column: "pictures", code: problem.code, params: { name: problem.name, ...problem.params } }],
  };
}

const PICTURE_CODES: Record<string, MessageCode> = {
  picture_empty: "import_picture_unreadable",
  picture_unreadable: "import_picture_unreadable",
  picture_type_unsupported: "import_picture_type",
  picture_too_large: "import_picture_too_large",
  picture_too_many_pixels: "import_picture_too_many_pixels",
};

/** Stores every picture the sheet names, two at a time (sharp works on the other core). */
async function storePictures(
  database: Database,
  storage: FileStorage,
  scope: ImportScope,
  sheet: Awaited<ReturnType<typeof openSheet>>,
  archive: PictureArchive,
  pictureIds: Map<string, string>,
  progress: ReturnType<typeof progressWriter>,
): Promise<(FieldProblem & { name: string }) | undefined> {
  const names = await pictureNames(sheet);
  let done = 0;
  let problem: (FieldProblem & { name: string }) | undefined;
  await progress("pictures", 0, names.length, true);
  const queue = [...names];
  let halted = false;
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined && !problem && !halted; name = queue.shift()) {
      const found = archive.find(name);
      if ("problem" in found) {
        problem = {
          path: "pictures",
          code: found.problem.code,
          name,
          ...(found.problem.params ? { params: found.problem.params } : {}),
        };
        return;
      }
      try {
        const bytes = await archive.read(found.entry);
        const stored = await storePicture(database.db, storage, { hubId: scope.hubId, userId: scope.userId }, bytes);
        pictureIds.set(fold(name), stored.sha256);
      } catch (error) {
        const refused = error instanceof InvalidError ? error.problems[0] : undefined;
        if (!refused) {
          halted = true;
          throw error;
        }
        const code = PICTURE_CODES[refused.code] ?? "import_picture_unreadable";
        problem = { path: "pictures", code, name, ...(refused.params ? { params: refused.params } : {}) };
        return;
      }
      done += 1;
      await progress("pictures", done, names.length);
    }
  };
  // Both workers end before the archive closes, whatever happens to either.
  const outcomes = await Promise.allSettled([worker(), worker()]);
  const failed = outcomes.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return problem;
}

/**
 * Tells the listener (the CLI's progress bar) every step, and writes it to the import's row
 * for the web app at most every 300 ms: rows done and total, and the phase in the report.
 */
function progressWriter(
  db: Db,
  scope: SupplierScope,
  importId: string,
  listener: ProgressListener | undefined,
  writes: boolean,
) {
  let lastWrite = 0;
  return async (phase: ImportPhase, processed: number, total: number, force = false): Promise<void> => {
    listener?.({ phase, processed, total });
    if (!writes || phase === "counting") return;
    const now = Date.now();
    if (!force && processed < total && now - lastWrite < 300) return;
    lastWrite = now;
    const rows = phase === "pictures" ? {} : { processedRows: processed, totalRows: Math.max(total, processed) };
    await db
      .update(catalogImports)
      .set({
        ...rows,
        heartbeatAt: new Date(),
        report: sql`jsonb_set(${catalogImports.report}, '{progress}', ${JSON.stringify({ phase, processed, total })}::jsonb)`,
      })
      .where(ofImport(scope, importId));
  };
}
