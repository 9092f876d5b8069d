/**
 * Bulk import throughput: a supplier's sheet of ~20,000 SKU rows (3,334 bags in 2 colours ×
 * 3 sizes, two wholesale tiers each) checked and then applied through the import service —
 * the same code the web app and `taocun catalog import` run — on a fresh PostgreSQL database.
 * The goal is at least 5,000 rows/s for check + apply together.
 *
 *   npx tsx bench/catalog-import.ts [ADMIN_URL]   # prints { rowsPerSec, rows, … }
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { type Database, openDatabase, queryRows } from "../server/src/db/connection.js";
import { migrate } from "../server/src/db/migrate.js";
import { createHub } from "../server/src/modules/accounts/hubs.js";
import { createOrganisation } from "../server/src/modules/accounts/organisations.js";
import { createUser } from "../server/src/modules/accounts/users.js";
import {
  applyImport,
  checkImport,
  claimImport,
  createImport,
  type ImportScope,
} from "../server/src/modules/catalog/import/service.js";
import { LocalStorage } from "../server/src/storage/local.js";
import { admin, withDatabase } from "./lib/database.js";

const PRODUCTS = 3334;
const COLOURS = ["黑色", "米白"];
const SIZES = ["小号", "中号", "大号"];
const CATEGORIES = ["女包", "双肩包", "拉杆箱", "钱包"];
const STYLES = ["复古", "简约", "大容量", "轻便", "防水", "通勤", "学院风", "ins风"];
const KINDS = ["托特包", "双肩包", "斜挎包", "手提包", "旅行箱", "零钱包"];

export type ImportMeasurement = { rowsPerSec: number; rows: number };

/**
 * Creates a fresh database from `adminUrl` (migrated with the project's `migrate`), checks
 * and applies a generated sheet of ~20,000 SKU rows through the import service, and drops
 * the database again. Rows per second counts the check and the apply together.
 */
export async function measureImport(adminUrl: string): Promise<ImportMeasurement> {
  return (await measureImportInDetail(adminUrl)).result;
}

async function measureImportInDetail(adminUrl: string) {
  const name = `taocun_bench_import_${randomBytes(5).toString("hex")}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-bench-import-"));
  await admin(adminUrl, `create database ${name}`);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 4 });
    await migrate(database);
    const scope = await supplier(database);
    const sheet = path.join(dir, "bags.csv");
    const rows = writeSheet(sheet);

    const started = performance.now();
    const record = await createImport(database.db, scope, "bags.csv");
    const checked = await checkImport(database, scope, record.id, { sheet });
    const checkedAt = performance.now();
    if (checked.report?.errorCount !== 0)
      throw new Error(`the generated sheet has errors: ${JSON.stringify(checked.report?.errors.slice(0, 3))}`);
    await claimImport(database.db, scope, record.id);
    const storage = new LocalStorage(path.join(dir, "files"));
    const applied = await applyImport(database, storage, scope, record.id, { sheet });
    const seconds = (performance.now() - started) / 1000;
    if (applied.status !== "applied")
      throw new Error(`the import ${applied.status}: ${JSON.stringify(applied.report?.failure)}`);

    const [counts] = await queryRows<{ products: number; skus: number; tiers: number }>(
      database.db,
      sql`select (select count(*)::int from products) as products, (select count(*)::int from skus) as skus,
                 (select count(*)::int from sku_price_tiers) as tiers`,
    );
    if (counts?.products !== PRODUCTS || counts.skus !== rows || counts.tiers !== rows * 2)
      throw new Error(`the catalog does not hold the sheet: ${JSON.stringify(counts)}`);
    return {
      result: { rowsPerSec: Math.round(rows / seconds), rows },
      checkSeconds: (checkedAt - started) / 1000,
      applySeconds: (performance.now() - checkedAt) / 1000,
      seconds,
    };
  } finally {
    await database?.close();
    await admin(adminUrl, `drop database if exists ${name} with (force)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function supplier(database: Database): Promise<ImportScope> {
  const hub = await createHub(database.db, { slug: "bench-baigou", name: "白沟箱包城", nameEn: "Baigou" });
  const user = await createUser(database.db, { email: "bench@example.com", password: "-", name: "王老板" }, "-");
  const org = await createOrganisation(database.db, { hubId: hub.id, kind: "supplier", name: "白沟箱包厂" }, user.id);
  return { hubId: hub.id, orgId: org.id, userId: user.id };
}

/** The sheet, as a supplier would fill in the template; the same every run. Returns its data rows. */
function writeSheet(file: string): number {
  let seed = 20_250_601;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
  const rows: (string | number)[][] = [
    ["商品编号", "商品标题", "类目", "描述", "规格1名", "规格1值", "规格2名", "规格2值", "商家编码", "条码"],
  ];
  (rows[0] as string[]).push("重量(克)", "长(毫米)", "宽(毫米)", "高(毫米)", "库存", "起批量", "批发价(元)");
  (rows[0] as string[]).push(
    "起批量2",
    "批发价2(元)",
    "代发价(元)",
    "建议零售价(元)",
    "清仓数量",
    "清仓价(元)",
    "状态",
  );
  for (let p = 0; p < PRODUCTS; p++) {
    const number = `B${String(p + 1).padStart(5, "0")}`;
    const title = `${pick(STYLES)}${pick(KINDS)} ${pick(STYLES)} ${number}`;
    const category = pick(CATEGORIES);
    const price = 1500 + Math.floor(next() * 8000);
    SIZES.forEach((size, s) => {
      for (const colour of COLOURS) {
        const fen = price + s * 300;
        const yuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, "0")}`;
        const clearance = next() < 0.1 ? 20 : "";
        rows.push([
          number,
          title,
          category,
          "加厚面料，五金拉链，做工结实",
          "颜色",
          colour,
          "尺码",
          size,
          `${number}-${colour === "黑色" ? "BK" : "WH"}-${s + 1}`,
          `69${String(p * 6 + s * 2 + (colour === "黑色" ? 0 : 1)).padStart(11, "0")}`,
          300 + s * 80,
          300 + s * 50,
          120,
          280 + s * 40,
          Math.floor(next() * 500),
          2,
          yuan(fen),
          50,
          yuan(fen - 200),
          yuan(fen + 300),
          yuan(fen * 2),
          clearance,
          clearance === "" ? "" : yuan(Math.floor(fen * 0.7)),
          "上架",
        ]);
      }
    });
  }
  fs.writeFileSync(file, stringify(rows, { bom: true }));
  return rows.length - 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.argv[2] ?? process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const detail = await measureImportInDetail(url);
  console.log(
    JSON.stringify({
      ...detail.result,
      checkSeconds: Number(detail.checkSeconds.toFixed(2)),
      applySeconds: Number(detail.applySeconds.toFixed(2)),
    }),
  );
}
