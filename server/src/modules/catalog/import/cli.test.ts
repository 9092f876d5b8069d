import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase, queryRows } from "../../../db/connection.js";
import { migrate } from "../../../db/migrate.js";
import { createOrganisation } from "../../accounts/organisations.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { createUser } from "../../accounts/users.js";
import { addPick } from "../../sourcing/picks.js";
import { csv, jpeg, zip } from "./test-helpers.js";

const BIN = fileURLToPath(new URL("../../../../bin/taocun.mjs", import.meta.url));
type Run = { code: number | null; stdout: string; stderr: string };

let dir: string;
let hubId: string;
let supplierId: string;
let shopId: string;

/** The real command in its own process, on an embedded database in `dir` (whatever DATABASE_URL says). */
function taocun(args: string[]): Promise<Run> {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const env = { ...inherited, LOG_LEVEL: "silent", DATA_DIR: path.join(dir, "data") };
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Works on the CLI's embedded database between two runs (it is locked while one runs). */
async function onDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({ pgliteDir: path.join(dir, "data", "pg") });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

async function productCount(): Promise<number> {
  return onDatabase(async (db) => {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from products`);
    return row?.n ?? 0;
  });
}

const HEADER = ["商品标题", "规格1名", "规格1值", "商家编码", "库存", "批发价(元)", "图片"];
const GOOD = [
  HEADER,
  ["真皮钱包", "颜色", "棕色", "WALLET-BRN", 40, "35.00", "wallet.jpg"],
  ["真皮钱包", "颜色", "黑色", "WALLET-BLK", 30, "35.00", ""],
  ["拉杆箱 20寸", "", "", "CASE-20", 12, "¥128", ""],
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-cli-import-"));
  const database = await openDatabase({ pgliteDir: path.join(dir, "data", "pg") });
  try {
    await migrate(database);
    const hub = await makeHub(database.db);
    hubId = hub.id;
    const user = await createUser(database.db, { email: "boss@example.com", password: "-", name: "王老板" }, "-");
    supplierId = (
      await createOrganisation(database.db, { hubId: hub.id, kind: "supplier", name: "白沟箱包厂" }, user.id)
    ).id;
    shopId = (await createOrganisation(database.db, { hubId: hub.id, kind: "shop", name: "小林的淘宝店" }, user.id)).id;
  } finally {
    await database.close();
  }
  fs.writeFileSync(path.join(dir, "good.csv"), csv(GOOD));
  fs.writeFileSync(path.join(dir, "pictures.zip"), await zip({ "Wallet.JPG": await jpeg(90) }));
  const bad = GOOD.map((row) => [...row]);
  (bad[2] as string[])[5] = "35,5";
  (bad[3] as string[])[3] = "WALLET-BRN";
  fs.writeFileSync(path.join(dir, "bad.csv"), csv(bad));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("taocun catalog import", () => {
  it("prints every bad row as 第 N 行 · 列 · 原因 and exits 1, importing nothing", { timeout: 60_000 }, async () => {
    const args = ["catalog", "import", path.join(dir, "bad.csv"), "--supplier", supplierId];
    const run = await taocun([...args, "--pictures", path.join(dir, "pictures.zip")]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("第 3 行 · 批发价(元) · 「35,5」用逗号作了小数点，请写成 35.5");
    expect(run.stdout).toContain("第 4 行 · 商家编码 · 商家编码 WALLET-BRN 在第 2 行已出现过");
    expect(run.stdout).toContain("发现 2 处错误，没有导入任何商品。");
    expect(await productCount()).toBe(0);
  });

  it("with --dry-run, says what it would create and changes nothing", { timeout: 60_000 }, async () => {
    const args = ["catalog", "import", path.join(dir, "good.csv"), "--supplier", supplierId, "--dry-run"];
    const run = await taocun([...args, "--pictures", path.join(dir, "pictures.zip")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("将新建 2 个商品、3 个规格");
    expect(run.stdout).toContain("试运行（--dry-run）：没有改动任何商品。");
    // Not a terminal: the progress bar is plain lines.
    expect(run.stderr).toContain("检查 100%（3/3 行）");
    expect(await productCount()).toBe(0);
  });

  it("imports a good sheet with its pictures, showing progress, and exits 0", { timeout: 60_000 }, async () => {
    const args = ["catalog", "import", path.join(dir, "good.csv"), "--supplier", supplierId];
    const run = await taocun([...args, "--pictures", path.join(dir, "pictures.zip")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("导入完成：新建 2 个商品、3 个规格，更新 0 个商品、0 个规格。");
    expect(run.stderr).toContain("存图 100%（1/1 张）");
    expect(run.stderr).toContain("导入 100%（3/3 行）");
    expect(await productCount()).toBe(2);
    const again = await taocun([...args, "--pictures", path.join(dir, "pictures.zip")]);
    expect(again.stdout).toContain("导入完成：新建 0 个商品、0 个规格");
    expect(await productCount()).toBe(2);
  });

  it("tells the shops that picked a product when an import changes its price", { timeout: 60_000 }, async () => {
    const wallet = await onDatabase(async (db) => {
      // Imported without a status column, the wallet is a draft until the supplier lists it.
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`update products set status = 'active' where title = '真皮钱包' returning id`,
      );
      await addPick(db, { hubId, orgId: shopId }, { productId: row?.id as string });
      return row?.id;
    });
    const dearer = GOOD.map((row) =>
      row[3] === "WALLET-BRN" ? row.map((cell, i) => (i === 5 ? "39.00" : cell)) : row,
    );
    fs.writeFileSync(path.join(dir, "dearer.csv"), csv(dearer));
    const args = ["catalog", "import", path.join(dir, "dearer.csv"), "--supplier", supplierId];
    const run = await taocun([...args, "--pictures", path.join(dir, "pictures.zip")]);
    expect(run.code, run.stdout).toBe(0);
    const alerts = await onDatabase((db) =>
      queryRows<{ kind: string; product_id: string; details: { before: number; after: number } }>(
        db,
        sql`select kind, product_id, details from alerts where org_id = ${shopId}`,
      ),
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "price_changed", product_id: wallet });
  });

  it("prints one line and exits 1 for a supplier or a file that is not there", { timeout: 60_000 }, async () => {
    const ghost = await taocun(["catalog", "import", path.join(dir, "good.csv"), "--supplier", crypto.randomUUID()]);
    expect(ghost.code).toBe(1);
    expect(ghost.stderr.trim()).toMatch(/^taocun: no supplier organisation with the id [0-9a-f-]{36}$/);
    const missing = await taocun(["catalog", "import", path.join(dir, "nope.csv"), "--supplier", supplierId]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`taocun: no such file: ${path.join(dir, "nope.csv")}`);
  });
});
