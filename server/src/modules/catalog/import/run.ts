import { sql } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import type { SupplierScope } from "../products.js";
import type { CategoryNames } from "./category-names.js";
import { readHeader } from "./columns.js";
import { type Existing, loadExisting } from "./existing.js";
import type { PictureArchive } from "./picture-archive.js";
import { type GroupPlan, planGroup, type RunMemory } from "./plan.js";
import { type ImportReport, ReportBuilder } from "./report.js";
import { type ProductGroup, productGroups } from "./rows.js";
import { isBlank, type Sheet, type SheetRow } from "./sheet.js";
import { type Problem, parsePictureNames } from "./values.js";
import { fold, writeBatch } from "./write.js";

/** The most data rows one import takes: about 40,000 products of a few SKUs each. */
export const MAX_ROWS = 200_000;

export type RunOptions = {
  /** With `apply`, each batch is written as soon as it is checked: call it inside a transaction. */
  apply?: { pictureIds: Map<string, string> } | undefined;
  /** Called after each batch with the data rows done so far. */
  onProgress?: ((processed: number) => Promise<void> | void) | undefined;
  /** Rows per batch: one database round of look-ups (and writes) per batch. */
  batchRows?: number | undefined;
};

/** An apply found a problem the check had not (the catalog changed in between): its transaction must roll back. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super("the import has errors");
  }
}

/**
 * Reads a sheet once, product by product, and checks every row against the rules and the
 * supplier's catalog as it is; with `apply`, also writes each batch. The same code checks
 * and applies, so an apply does exactly what its check said — or, if the catalog changed
 * since, finds the new problems and throws ImportRejected.
 */
export async function runSheet(
  db: Db,
  scope: SupplierScope,
  sheet: Sheet,
  archive: PictureArchive | undefined,
  categories: CategoryNames,
  options: RunOptions = {},
): Promise<ImportReport> {
  const builder = new ReportBuilder();
  builder.report.format = sheet.format;
  builder.report.encoding = sheet.encoding;
  const rows = sheet.rows();
  // A batch's write runs while the next batch is read from the sheet (CPU in this process,
  // the write in the database's); it is awaited before that batch looks anything up.
  let writing: Promise<void> | undefined;
  try {
    const header = await firstFilledRow(rows);
    if (!header) {
      builder.problem({ row: null, column: null, code: "import_empty" });
      return builder.finish();
    }
    const { columns, problems } = readHeader(header.cells);
    // A wrong header would make every row wrong: say what is wrong with it, and only that.
    if (problems.length > 0) {
      for (const { column, header: text, code, params } of problems)
        builder.problem({ row: header.row, column, code, params, ...(text === undefined ? {} : { header: text }) });
      return builder.finish();
    }
    builder.columns = columns;

    const memory = runMemory(archive, options.apply?.pictureIds);
    const batchRows = options.batchRows ?? 500;
    let batch: ProductGroup[] = [];
    let size = 0;
    let processed = 0;
    let batches = 0;
    const written = async () => {
      const pending = writing;
      writing = undefined;
      await pending;
    };
    const flush = async () => {
      await written();
      if (batch.length === 0) return;
      const plans = await planBatch(db, scope, batch, memory, categories, options.apply !== undefined);
      for (const plan of plans) report(builder, plan);
      processed += size;
      batch = [];
      size = 0;
      if (options.apply) {
        if (builder.report.errorCount > 0) throw new ImportRejected(builder.finish());
        const done = processed;
        batches += 1;
        writing = write(db, scope, plans, options.apply.pictureIds, batches).then(() => options.onProgress?.(done));
        // Never left unobserved: a failed write is rethrown by the next written().
        writing.catch(() => {});
      } else await options.onProgress?.(processed);
    };
    const groups = productGroups({ [Symbol.asyncIterator]: () => rows }, columns, {
      maxRows: MAX_ROWS,
      tooManyRows: () =>
        builder.problem({ row: null, column: null, code: "import_too_many_rows", params: { max: MAX_ROWS } }),
    });
    for await (const group of groups) {
      batch.push(group);
      size += group.rowCount;
      builder.report.rows += group.rowCount;
      if (size >= batchRows) await flush();
    }
    await flush();
    await written();
    if (builder.report.rows === 0) builder.problem({ row: null, column: null, code: "import_empty" });
    builder.report.pictures = memory.picturesSeen();
    if (options.apply && builder.report.errorCount > 0) throw new ImportRejected(builder.finish());
    return builder.finish();
  } finally {
    // A write still running when a later batch failed ends before the caller rolls back.
    await writing?.catch(() => {});
    await rows.return(undefined);
  }
}

async function write(
  db: Db,
  scope: SupplierScope,
  plans: GroupPlan[],
  pictureIds: Map<string, string>,
  batch: number,
): Promise<void> {
  await writeBatch(db, scope, plans, pictureIds);
  // PostgreSQL plans a foreign-key check once per connection and keeps the plan: made while
  // the catalog was small, it scans whole tables that this import then grows (20,000 rows:
  // 20× slower). Forgetting plans as the tables double lets them be made again with index scans.
  if ((batch & (batch - 1)) === 0) await db.execute(sql`discard plans`);
}

async function firstFilledRow(rows: AsyncGenerator<SheetRow>): Promise<SheetRow | undefined> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (!isBlank(next.value.cells)) return next.value;
  }
  return undefined;
}

async function planBatch(
  db: Db,
  scope: SupplierScope,
  batch: ProductGroup[],
  memory: RunMemory,
  categories: CategoryNames,
  lock: boolean,
): Promise<GroupPlan[]> {
  const codes = [...new Set(batch.flatMap((group) => group.codes.map(({ code }) => code)))];
  const existing: Existing = await loadExisting(db, scope, codes, lock);
  const plans: GroupPlan[] = [];
  for (const group of batch) plans.push(await planGroup(group, existing, memory, categories));
  return plans;
}

function report(builder: ReportBuilder, plan: GroupPlan): void {
  for (const problem of plan.problems) builder.problem(problem);
  const { report } = builder;
  const title = plan.product.title;
  if (!plan.target) {
    report.products.create += 1;
    builder.change({ kind: "product_created", row: plan.firstRow, title, skus: plan.creates.length });
  } else if (plan.productChanges.length + plan.creates.length + plan.updates.length > 0 || plan.pictures) {
    report.products.update += 1;
    const fields = [...plan.productChanges, ...(plan.pictures ? ["pictures"] : [])];
    if (fields.length > 0) builder.change({ kind: "product_updated", row: plan.firstRow, title, fields });
    for (const sku of plan.creates) builder.change({ kind: "sku_created", row: sku.row, code: sku.values.code, title });
  } else report.products.unchanged += 1;
  report.skus.create += plan.creates.length;
  report.skus.update += plan.updates.length;
  report.skus.unchanged += plan.unchanged;
  for (const sku of plan.updates)
    builder.change({
      kind: "sku_updated",
      row: sku.row,
      code: sku.values.code,
      differences: sku.differences ?? {},
      other: sku.other ?? [],
    });
}

// A check reads each picture's header once; an apply only needs the pictures it stored just before.
function runMemory(
  archive: PictureArchive | undefined,
  stored: Map<string, string> | undefined,
): RunMemory & { picturesSeen(): number } {
  const pictures = new Map<string, Problem | null>();
  return {
    codeRows: new Map(),
    updatedProducts: new Map(),
    picturesSeen: () => pictures.size,
    async pictureProblem(name) {
      const key = fold(name);
      const known = pictures.get(key);
      if (known !== undefined) return known;
      let problem: Problem | null;
      if (stored) problem = stored.has(key) ? null : { code: "import_picture_missing", params: { name } };
      else if (!archive) problem = { code: "import_picture_no_zip", params: { name } };
      else {
        const found = archive.find(name);
        problem = "problem" in found ? found.problem : ((await archive.problemOf(name, found.entry)) ?? null);
      }
      pictures.set(key, problem);
      return problem;
    },
  };
}

/** The distinct picture names a sheet gives, for storing them before an apply's transaction. */
export async function pictureNames(sheet: Sheet): Promise<string[]> {
  const rows = sheet.rows();
  const names = new Map<string, string>();
  try {
    const header = await firstFilledRow(rows);
    const column = header ? readHeader(header.cells).columns.get("pictures") : undefined;
    if (!column) return [];
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      for (const name of parsePictureNames(next.value.cells[column.index])) names.set(fold(name), name);
    }
    return [...names.values()];
  } finally {
    await rows.return(undefined);
  }
}
