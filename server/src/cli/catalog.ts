import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Db } from "../db/connection.js";
import { listHubOrganisations, listHubs } from "../modules/accounts/hubs.js";
import { listMembers } from "../modules/accounts/organisations.js";
import { type ImportReport, showProblem } from "../modules/catalog/import/report.js";
import {
  applyImport,
  checkImport,
  claimImport,
  createImport,
  type ImportProgress,
  type ImportScope,
} from "../modules/catalog/import/service.js";
import { storageIn } from "../storage/local.js";
import { withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

type Options = { pictures?: string; supplier: string; dryRun?: boolean };

export function registerCatalog(program: Command): void {
  const catalog = program.command("catalog").description("the hub's online supermarket of suppliers' products");
  catalog
    .command("import")
    .description("check a product sheet (one row per SKU) and import it all or nothing; exits 1 when it has errors")
    .argument("<file>", "the sheet: CSV (UTF-8 or GBK) or XLSX, as the import template")
    .option("--pictures <zip>", "a ZIP of the pictures the sheet's 图片 column names")
    .requiredOption("--supplier <org-id>", "the supplier organisation whose products these are")
    .option("--dry-run", "only check: print what would change and every bad row, change nothing")
    .action(importCommand);
}

async function importCommand(file: string, options: Options): Promise<void> {
  for (const given of [file, options.pictures]) {
    if (given !== undefined && !fs.statSync(given, { throwIfNoEntry: false })?.isFile())
      throw new UsageError(`no such file: ${given}`);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.supplier))
    throw new UsageError(`--supplier: ${options.supplier} is not an organisation id (a UUID)`);
  const files = { sheet: file, ...(options.pictures ? { pictures: options.pictures } : {}) };

  await withMigratedDatabase(async (database, config) => {
    const scope = await supplierScope(database.db, options.supplier.toLowerCase());
    const bar = progressBar(process.stderr);
    const record = await createImport(database.db, scope, path.basename(file));
    const checked = await checkImport(database, scope, record.id, files, { onProgress: bar.update });
    bar.end();
    const report = checked.report;
    if (!report) throw new Error("a check without a report");
    printReport(report);
    if (report.errorCount > 0) {
      console.log(`发现 ${report.errorCount} 处错误，没有导入任何商品。`);
      process.exitCode = 1;
      return;
    }
    if (options.dryRun) {
      console.log("试运行（--dry-run）：没有改动任何商品。");
      return;
    }
    await claimImport(database.db, scope, record.id);
    const applied = await applyImport(database, storageIn(config.dataDir), scope, record.id, files, {
      onProgress: bar.update,
    });
    bar.end();
    if (applied.status !== "applied" || !applied.report?.applied) {
      const failed = applied.report;
      if (failed) for (const line of problemLines(failed)) console.log(line);
      const reason = failed?.failure ? showFailure(failed.failure) : "";
      console.log(`导入失败，商品没有任何改动。${reason}`);
      process.exitCode = 1;
      return;
    }
    const { products, skus } = applied.report.applied;
    console.log(
      `导入完成：新建 ${products.create} 个商品、${skus.create} 个规格，更新 ${products.update} 个商品、${skus.update} 个规格。`,
    );
  });
}

/** The supplier organisation with this id, in whichever hub, and its first owner to sign the import. */
async function supplierScope(db: Db, orgId: string): Promise<ImportScope> {
  for (const hub of await listHubs(db)) {
    for (let offset = 0; ; offset += 500) {
      const page = await listHubOrganisations(db, hub.id, { kind: "supplier", limit: 500, offset });
      const org = page.find((o) => o.id === orgId);
      if (org) {
        const owner = (await listMembers(db, hub.id, org.id)).find((member) => member.role === "owner");
        if (!owner) throw new UsageError(`the supplier ${org.name} has no owner to import in the name of`);
        return { hubId: hub.id, orgId: org.id, userId: owner.userId };
      }
      if (page.length < 500) break;
    }
  }
  throw new UsageError(`no supplier organisation with the id ${orgId}`);
}

function printReport(report: ImportReport): void {
  const format = report.format
    ? `，${report.format.toUpperCase()}${report.encoding ? `（${report.encoding}）` : ""}`
    : "";
  console.log(`检查完毕：共 ${report.rows} 行${format}。`);
  const { products, skus } = report;
  console.log(
    `将新建 ${products.create} 个商品、${skus.create} 个规格；更新 ${products.update} 个商品、${skus.update} 个规格；${skus.unchanged} 个规格不变。`,
  );
  for (const line of problemLines(report)) console.log(line);
}

/** Each error as `第 N 行 · 列 · 原因` (the file as a whole: `文件 · 原因`). */
export function problemLines(report: ImportReport): string[] {
  const lines = report.errors.map((problem) => {
    const shown = showProblem(problem, "zh-CN");
    const where = shown.row === null ? "文件" : `第 ${shown.row} 行`;
    return [where, shown.column, shown.message].filter((part) => part !== null).join(" · ");
  });
  const more = report.errorCount - report.errors.length;
  if (more > 0) lines.push(`……另有 ${more} 处错误未列出`);
  return lines;
}

function showFailure(failure: NonNullable<ImportReport["failure"]>): string {
  return showProblem(
    { row: null, column: null, code: failure.code, ...(failure.params ? { params: failure.params } : {}) },
    "zh-CN",
  ).message;
}

const PHASES = { counting: "读取", checking: "检查", pictures: "存图", applying: "导入" } as const;

/** A progress bar: one line redrawn on a terminal; elsewhere (a log, a pipe) a plain line every 10 %. */
export function progressBar(out: NodeJS.WriteStream) {
  const tty = out.isTTY === true;
  let drawn = false;
  let lastDraw = 0;
  let lastPhase = "";
  let lastTenth = -1;
  return {
    update: ({ phase, processed, total }: ImportProgress) => {
      const label = PHASES[phase];
      const unit = phase === "pictures" ? "张" : "行";
      if (phase === "counting") {
        if (tty) out.write(`\r${label}表格…\x1b[K`);
        drawn = tty;
        return;
      }
      const ratio = total > 0 ? Math.min(1, processed / total) : 1;
      const percent = Math.floor(ratio * 100);
      if (tty) {
        const now = Date.now();
        if (processed < total && now - lastDraw < 100 && phase === lastPhase) return;
        lastDraw = now;
        lastPhase = phase;
        const filled = Math.round(ratio * 30);
        out.write(
          `\r${label} [${"█".repeat(filled)}${"░".repeat(30 - filled)}] ${String(percent).padStart(3)}%  ${processed}/${total} ${unit}\x1b[K`,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor(percent / 10);
      if (phase === lastPhase && tenth <= lastTenth) return;
      lastPhase = phase;
      lastTenth = tenth;
      out.write(`${label} ${percent}%（${processed}/${total} ${unit}）\n`);
    },
    end: () => {
      if (drawn) out.write("\n");
      drawn = false;
      lastPhase = "";
      lastTenth = -1;
    },
  };
}
