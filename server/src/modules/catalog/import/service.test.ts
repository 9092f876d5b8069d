import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import { tempStorage } from "../../../../test/storage.js";
import { tableDigests } from "../../../db/backup.js";
import type { Database } from "../../../db/connection.js";
import type { LocalStorage } from "../../../storage/local.js";
import { createOrganisation } from "../../accounts/organisations.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { createUser } from "../../accounts/users.js";
import { createProduct } from "../products.js";
import {
  applyImport,
  checkImport,
  claimImport,
  createImport,
  type ImportProgress,
  type ImportScope,
} from "./service.js";
import { csv } from "./test-helpers.js";

let database: Database;
let storage: LocalStorage;
let dir: string;
let scope: ImportScope;

beforeAll(async () => {
  database = await testDatabase();
  storage = tempStorage();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-import-test-"));
  const hub = await makeHub(database.db);
  const user = await createUser(database.db, { email: "boss@example.com", password: "-", name: "王老板" }, "-");
  const org = await createOrganisation(database.db, { hubId: hub.id, kind: "supplier", name: "白沟箱包厂" }, user.id);
  scope = { hubId: hub.id, orgId: org.id, userId: user.id };
});
afterAll(async () => {
  await database.close();
  fs.rmSync(storage.root, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER = ["商品标题", "规格1名", "规格1值", "商家编码", "库存", "批发价(元)"];

function writeSheet(name: string, rows: (string | number)[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, csv([HEADER, ...rows]));
  return file;
}

const product = (code: string, title: string) => ({
  title,
  skus: [{ code, optionValues: [], weightGrams: 100, onHand: 5, tiers: [{ minQuantity: 1, priceFen: 900 }] }],
});

async function catalogDigests() {
  const { catalog_imports: _, ...rest } = await tableDigests(database.db);
  return rest;
}

describe("an import through the service", () => {
  it("checks with progress that only rises and ends at the sheet's rows", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      `款式${Math.floor(i / 3)}`,
      "颜色",
      `色${i % 3}`,
      `P-${i}`,
      5,
      "9.9",
    ]);
    const sheet = writeSheet("progress.csv", rows);
    const record = await createImport(database.db, scope, "progress.csv");
    const seen: ImportProgress[] = [];
    const checked = await checkImport(
      database,
      scope,
      record.id,
      { sheet },
      { onProgress: (p) => seen.push(p), batchRows: 3 },
    );
    expect(checked.report?.errorCount).toBe(0);
    const checking = seen.filter((p) => p.phase === "checking");
    expect(checking.length).toBeGreaterThan(3);
    expect(checking.every((p, i) => p.total === 12 && p.processed >= (checking[i - 1]?.processed ?? 0))).toBe(true);
    expect(checking.at(-1)?.processed).toBe(12);
    expect(checked).toMatchObject({ status: "checked", totalRows: 12, processedRows: 12 });
  });

  it("rolls back the batches it already wrote when a later batch finds the catalog changed since the check", async () => {
    await createProduct(database.db, scope, product("OLD-1", "老款钱包"));
    const sheet = writeSheet("late-clash.csv", [
      ["新款双肩包", "", "", "BAG-1", 10, "30"],
      ["新款拉杆箱", "", "", "CASE-1", 10, "120"],
      ["老款钱包", "颜色", "黑", "OLD-1", 8, "9"],
      ["老款钱包", "颜色", "红", "NEW-RED", 8, "9"],
    ]);
    const record = await createImport(database.db, scope, "late-clash.csv");
    const checked = await checkImport(database, scope, record.id, { sheet }, { batchRows: 1 });
    expect(checked.report?.errors).toEqual([]);

    // Between the check and the apply, someone lists NEW-RED on another product.
    await createProduct(database.db, scope, product("NEW-RED", "红色钱包"));
    const before = await catalogDigests();
    await claimImport(database.db, scope, record.id);
    const written: number[] = [];
    const applied = await applyImport(
      database,
      storage,
      scope,
      record.id,
      { sheet },
      {
        batchRows: 1,
        onProgress: ({ phase, processed }) => phase === "applying" && written.push(processed),
      },
    );
    // The first two products were written (progress comes after each batch's writes) before the clash.
    expect(written).toEqual([0, 1, 2]);
    expect(applied.status).toBe("failed");
    expect(applied.report?.failure).toEqual({ code: "import_has_errors", params: { count: 1 } });
    expect(applied.report?.errors).toEqual([
      {
        row: 5,
        column: "code",
        header: "商家编码",
        code: "import_code_other_product",
        params: { code: "NEW-RED", title: "红色钱包" },
      },
    ]);
    expect(await catalogDigests()).toEqual(before);
  });

  it("refuses stock below what orders have reserved", async () => {
    await createProduct(database.db, scope, product("RESERVED-1", "被订走的包"));
    await database.db.execute(sql`update skus set on_hand = 50, reserved = 40 where code = 'RESERVED-1'`);
    const sheet = writeSheet("reserved.csv", [["被订走的包", "", "", "RESERVED-1", 30, "9"]]);
    const record = await createImport(database.db, scope, "reserved.csv");
    const checked = await checkImport(database, scope, record.id, { sheet });
    expect(checked.report?.errors).toEqual([
      { row: 2, column: "stock", header: "库存", code: "stock_below_reserved", params: { reserved: 40 } },
    ]);
  });
});
