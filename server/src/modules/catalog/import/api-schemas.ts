import { z } from "zod";
import type { Language } from "../../../http/language.js";
import { translate } from "../../../http/messages.js";
import { showProblem } from "./report.js";
import type { ImportRecord } from "./service.js";

const Counts = z.object({ create: z.number(), update: z.number(), unchanged: z.number() });
const Difference = z.object({ before: z.number().nullable(), after: z.number().nullable() });

const Change = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("product_created"), row: z.number(), title: z.string(), skus: z.number() }),
  z.object({ kind: z.literal("product_updated"), row: z.number(), title: z.string(), fields: z.array(z.string()) }),
  z.object({ kind: z.literal("sku_created"), row: z.number(), code: z.string(), title: z.string() }),
  z.object({
    kind: z.literal("sku_updated"),
    row: z.number(),
    code: z.string(),
    differences: z.record(z.string(), Difference),
    other: z.array(z.string()),
  }),
]);

export const ImportProblem = z
  .object({
    /** The row as the spreadsheet numbers it; null for the file as a whole. */
    row: z.number().nullable(),
    /** The column as the sheet names it (or the template's name when it is missing). */
    column: z.string().nullable(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: "ImportProblem" });

export const ImportReport = z
  .object({
    format: z.enum(["csv", "xlsx"]).nullable(),
    encoding: z.string().nullable(),
    rows: z.number(),
    products: Counts,
    skus: Counts,
    pictures: z.number(),
    errorCount: z.number(),
    errors: z.array(ImportProblem),
    changes: z.array(Change),
    applied: z.object({ products: Counts, skus: Counts }).nullable(),
    failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .meta({ id: "ImportReport" });

export const CatalogImport = z
  .object({
    id: z.uuid(),
    supplierId: z.uuid(),
    fileName: z.string(),
    status: z.enum(["checking", "checked", "applying", "applied", "failed"]),
    /** What the running job is doing; null when none runs. */
    phase: z.enum(["counting", "checking", "pictures", "applying"]).nullable(),
    totalRows: z.number(),
    processedRows: z.number(),
    /** Pictures stored so far while applying (phase "pictures"). */
    pictureProgress: z.object({ processed: z.number(), total: z.number() }).nullable(),
    report: ImportReport.nullable(),
    createdAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: "CatalogImport" });

/** An import as the API shows it: its report's messages in the reader's language. */
export function importView(record: ImportRecord, language: Language): z.infer<typeof CatalogImport> {
  const running = record.status === "checking" || record.status === "applying";
  const progress = running ? record.report?.progress : undefined;
  const report = record.status === "checking" ? null : record.report;
  return {
    id: record.id,
    supplierId: record.supplierId,
    fileName: record.fileName,
    status: record.status,
    phase: progress?.phase ?? (running ? (record.status === "checking" ? "counting" : "applying") : null),
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    pictureProgress: progress?.phase === "pictures" ? { processed: progress.processed, total: progress.total } : null,
    report: report
      ? {
          format: report.format ?? null,
          encoding: report.encoding ?? null,
          rows: report.rows,
          products: report.products,
          skus: report.skus,
          pictures: report.pictures,
          errorCount: report.errorCount,
          errors: report.errors.map((problem) => showProblem(problem, language)),
          changes: report.changes,
          applied: report.applied ?? null,
          failure: report.failure
            ? {
                code: report.failure.code,
                message: translate(report.failure.code, language, report.failure.params ?? {}),
              }
            : null,
        }
      : null,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}
