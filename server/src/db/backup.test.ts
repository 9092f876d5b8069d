import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { eq } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import { loadDemo } from "../demo/index.js";
import { createApiToken } from "../modules/accounts/api-tokens.js";
import { createHub, listHubs } from "../modules/accounts/hubs.js";
import { inviteMember } from "../modules/accounts/invitations.js";
import { countLoginAttempt } from "../modules/accounts/login-throttle.js";
import { organisationsOf } from "../modules/accounts/organisations.js";
import { startSession } from "../modules/accounts/sessions.js";
import { findUserForLogin } from "../modules/accounts/users.js";
import { listCategories } from "../modules/catalog/categories.js";
import { createProduct } from "../modules/catalog/products.js";
import { catalogImports, pictures, productPictures } from "../modules/catalog/schema.js";
import { toteBag } from "../modules/catalog/test-fixtures.js";
import { addAddress } from "../modules/live/buyers/addresses.js";
import { sendSignInCode } from "../modules/live/buyers/codes.js";
import { LogCodeSender } from "../modules/live/buyers/sender.js";
import { buyerOfPhone, startBuyerSession } from "../modules/live/buyers/sessions.js";
import { orderRequests, orderSettings, orders } from "../modules/orders/schema.js";
import { alerts, picks, priceRules, stockFeeds } from "../modules/sourcing/schema.js";
import { BackupError, restoreBackup, tableDigests, tableName, tablesInForeignKeyOrder, writeBackup } from "./backup.js";
import type { Database } from "./connection.js";

let dir: string;
let source: Database;
let backupFile: string;
const written: [string, number][] = [];

/**
 * A demo hub plus a session, an API token, an invitation, a failed log-in, the default
 * categories and a product with a picture: every table has rows.
 */
async function fillEveryTable(database: Database): Promise<void> {
  await loadDemo(database.db, "small", { storage: tempStorage() });
  const user = await findUserForLogin(database.db, "shop@demo.taocun.cn");
  const [org] = await organisationsOf(database.db, user?.id ?? "");
  if (!user || !org) throw new Error("the demo has no shop login");
  const scope = { hubId: org.hubId, orgId: org.id, userId: user.id };
  await startSession(database.db, user.id, 30);
  await createApiToken(database.db, scope, "订单导入");
  await inviteMember(database.db, scope, { email: "helper@example.com", role: "staff" });
  await countLoginAttempt(database.db, "nobody@example.com", { maxFailures: 5, windowMinutes: 15 });
  await fillCatalog(database, org.hubId, user.id);
  await fillLive(database, org.hubId);
}

// The demo has rooms, deals, buyers and their comments; a buyer's sign-in and address book it leaves empty.
async function fillLive(database: Database, hubId: string): Promise<void> {
  const buyer = await buyerOfPhone(database.db, hubId, "13912345678");
  await sendSignInCode(database.db, new LogCodeSender(() => {}), hubId, "13700000000");
  await startBuyerSession(database.db, buyer);
  await addAddress(database.db, buyer, {
    name: "李娜",
    phone: "13912345678",
    address: "浙江省金华市义乌市江东街道青岩刘村 8 幢",
  });
}

async function fillCatalog(database: Database, hubId: string, userId: string): Promise<void> {
  const supplierUser = await findUserForLogin(database.db, "supplier@demo.taocun.cn");
  const [supplier] = await organisationsOf(database.db, supplierUser?.id ?? "");
  if (!supplier) throw new Error("the demo has no supplier login");
  const [category] = await listCategories(database.db, hubId);
  const product = await createProduct(
    database.db,
    { hubId, orgId: supplier.id },
    { ...toteBag(), categoryId: category?.id },
  );
  const sha256 = "a".repeat(64);
  await database.db
    .insert(pictures)
    .values({ hubId, sha256, width: 800, height: 800, bytes: 1234, uploadedBy: userId });
  await database.db.insert(productPictures).values({ hubId, productId: product.id, position: 0, sha256 });
  const importRow = {
    hubId,
    supplierId: supplier.id,
    createdBy: userId,
    fileName: "商品.csv",
    totalRows: 6,
    processedRows: 6,
  };
  await database.db.insert(catalogImports).values({ ...importRow, status: "applied", report: { created: 1 } });
  await fillSourcing(database, hubId, product.id);
  await fillOrders(database, hubId);
}

// The demo already has orders, purchase orders and parcels; these are the tables it leaves empty.
async function fillOrders(database: Database, hubId: string): Promise<void> {
  const [order] = await database.db.select().from(orders).where(eq(orders.hubId, hubId)).limit(1);
  if (!order) throw new Error("the demo has no orders");
  await database.db.insert(orderSettings).values({ hubId, cutoffTime: "17:30" });
  await database.db
    .insert(orderRequests)
    .values({ hubId, shopId: order.shopId, key: "erp-0001", bodyHash: "a".repeat(64), orderId: order.id });
}

// The demo already gives shops picks and price rules; these make sure every table has a row.
async function fillSourcing(database: Database, hubId: string, productId: string): Promise<void> {
  const shopUser = await findUserForLogin(database.db, "shop@demo.taocun.cn");
  const [shop] = await organisationsOf(database.db, shopUser?.id ?? "");
  if (!shop) throw new Error("the demo has no shop login");
  const shopId = shop.id;
  await database.db
    .insert(picks)
    .values({ hubId, shopId, productId, titleOverride: "通勤托特包" })
    .onConflictDoNothing();
  await database.db
    .insert(priceRules)
    .values({ hubId, shopId, rule: { multiply: 1.8 } })
    .onConflictDoNothing();
  await database.db
    .insert(alerts)
    .values({ hubId, orgId: shopId, kind: "price_changed", productId, details: { code: "TOTE-1" } });
  await database.db
    .insert(stockFeeds)
    .values({ hubId, shopId, tokenHash: "f".repeat(64), prefix: "feed_abc" })
    .onConflictDoNothing();
}

const gzipLines = (lines: string[]) => zlib.gzipSync(`${lines.join("\n")}\n`);
const backupLines = () => zlib.gunzipSync(fs.readFileSync(backupFile)).toString("utf8").trimEnd().split("\n");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-backup-"));
  backupFile = path.join(dir, "hub.taocun.gz");
  source = await testDatabase();
  await fillEveryTable(source);
  await writeBackup(source.db, backupFile, (table, rows) => written.push([table, rows]));
});
afterAll(async () => {
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tables in foreign-key order", () => {
  it("puts every table of the schema after the tables it references", () => {
    const order = tablesInForeignKeyOrder().map(tableName);
    expect(order).toContain("hubs");
    expect(order).toContain("sessions");
    for (const table of tablesInForeignKeyOrder()) {
      for (const key of getTableConfig(table).foreignKeys) {
        const target = tableName(key.reference().foreignTable);
        if (target !== tableName(table)) expect(order.indexOf(target)).toBeLessThan(order.indexOf(tableName(table)));
      }
    }
  });
});

describe("backup and restore", () => {
  it("reproduces every table's rows exactly in an empty database", async () => {
    const expected = await tableDigests(source.db);
    for (const [table, digest] of Object.entries(expected)) expect(digest.rows, table).toBeGreaterThan(0);
    expect(written).toEqual(Object.entries(expected).map(([table, digest]) => [table, digest.rows]));
    const target = await testDatabase();
    try {
      const restored: [string, number][] = [];
      await restoreBackup(target.db, backupFile, (table, rows) => restored.push([table, rows]));
      expect(restored).toEqual(written);
      expect(await tableDigests(target.db)).toEqual(expected);
    } finally {
      await target.close();
    }
  });

  it("refuses a database that already has a hub and changes nothing in it", async () => {
    const target = await testDatabase();
    try {
      await createHub(target.db, { slug: "baigou", name: "白沟箱包城", nameEn: "Baigou luggage town" });
      const before = await tableDigests(target.db);
      await expect(restoreBackup(target.db, backupFile)).rejects.toThrow(/already has a hub \(白沟箱包城\)/);
      expect(await tableDigests(target.db)).toEqual(before);
      expect(await listHubs(target.db)).toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  describe("refuses files it cannot trust, leaving the database empty", () => {
    let target: Database;
    let empty: Awaited<ReturnType<typeof tableDigests>>;
    beforeAll(async () => {
      target = await testDatabase();
      empty = await tableDigests(target.db);
    });
    afterAll(async () => target?.close());

    const refuses = async (name: string, bytes: Buffer, message: RegExp) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const attempt = restoreBackup(target.db, file);
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(message);
      expect(await tableDigests(target.db)).toEqual(empty);
    };

    it("a file that is not gzip", () =>
      refuses("photo.jpg", Buffer.from("\xff\xd8\xff\xe0 JFIF"), /not a taocun backup/));

    it("a gzip file of something else", () =>
      refuses("notes.gz", gzipLines(["订单编号,买家会员名", "1001,buyer"]), /not a taocun backup/));

    it("a backup cut short", () => {
      const whole = fs.readFileSync(backupFile);
      return refuses("cut.gz", whole.subarray(0, Math.floor(whole.length * 0.8)), /is damaged or cut short/);
    });

    it("a backup without its end", () => refuses("endless.gz", gzipLines(backupLines().slice(0, -1)), /ends early/));

    it("a backup missing a row", () => {
      const lines = backupLines();
      const users = lines.findIndex((line) => line.startsWith('["table","users"'));
      lines.splice(users + 2, 1);
      return refuses("short.gz", gzipLines(lines), /users should have \d+ rows, has/);
    });

    it("a backup with a damaged row", () => {
      const lines = backupLines();
      const row = lines.findIndex((line) => line.startsWith("{"));
      lines[row] = "{ not json";
      return refuses("garbled.gz", gzipLines(lines), /could not be restored/);
    });

    it("a backup from another migration", () => {
      const [first, ...rest] = backupLines();
      const [kind, header] = JSON.parse(first ?? "");
      header.migration = { tag: "0001_catalog", hash: "f".repeat(64), createdAt: header.migration.createdAt + 1 };
      return refuses("newer.gz", gzipLines([JSON.stringify([kind, header]), ...rest]), /migration 0001_catalog/);
    });

    it("a file that does not exist", () =>
      expect(restoreBackup(target.db, path.join(dir, "missing.gz"))).rejects.toThrow(/cannot read/));
  });
});
