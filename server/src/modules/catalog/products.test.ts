import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";
import { queryRows } from "../../db/connection.js";
import { makeHub } from "../accounts/test-fixtures.js";
import { type CatalogChange, onCatalogChange } from "./events.js";
import { toteBag } from "./test-fixtures.js";

let t: TestApp;
let hubId: string;
let supplier: Browser;
let supplierId: string;
let rival: Browser;
let rivalId: string;
let shop: Browser;

async function orgOf(browser: Browser, email: string, kind: string, name: string): Promise<string> {
  await browser.signUp(email);
  return (await browser.post("/api/orgs", { hubId, kind, name })).json().id;
}

async function productCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from products`);
  return row?.n ?? 0;
}

beforeAll(async () => {
  t = await testApp();
  hubId = (await makeHub(t.database.db)).id;
  supplier = new Browser(t.app);
  supplierId = await orgOf(supplier, "factory@example.com", "supplier", "青岩刘箱包厂");
  rival = new Browser(t.app);
  rivalId = await orgOf(rival, "rival@example.com", "supplier", "对门箱包厂");
  shop = new Browser(t.app);
  await orgOf(shop, "shop@example.com", "shop", "小燕饰品店");
});
afterAll(() => t.close());

describe("listing a product", () => {
  it("creates 2 colours × 3 sizes as six SKUs with their tiers and stock", async () => {
    const response = await supplier.post(`/api/orgs/${supplierId}/products`, toteBag());
    expect(response.statusCode).toBe(201);
    const product = response.json();
    expect(product).toMatchObject({ supplierId, title: "帆布托特包 大容量 通勤单肩包", moq: 2, status: "active" });
    expect(product.skus).toHaveLength(6);
    expect(product.skus[4]).toMatchObject({
      code: "TOTE-5",
      optionValues: ["黑色", "中号"],
      onHand: 100,
      reserved: 0,
      available: 100,
      dropshipPriceFen: 2800,
      tiers: [
        { minQuantity: 2, priceFen: 2500 },
        { minQuantity: 50, priceFen: 2200 },
      ],
    });
  });

  it("is for suppliers only", async () => {
    const shopId = (await shop.get("/api/me")).json().organisations[0].id;
    const response = await shop.post(`/api/orgs/${shopId}/products`, toteBag("SHOP"));
    expect(response.statusCode).toBe(403);
  });

  it("refuses a SKU code the supplier already uses, naming it, and creates nothing", async () => {
    await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("DUP"));
    const before = await productCount();
    const clash = await supplier.post(`/api/orgs/${supplierId}/products`, {
      ...toteBag("NEW"),
      skus: toteBag("DUP").skus.slice(0, 2),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.map((d: { path: string }) => d.path)).toEqual(["skus.0.code", "skus.1.code"]);
    expect(clash.json().error.details[0].message).toContain("DUP-1");
    expect(await productCount()).toBe(before);
    // Codes are the supplier's own: another supplier may use the same ones.
    expect((await rival.post(`/api/orgs/${rivalId}/products`, toteBag("DUP"))).statusCode).toBe(201);
  });

  it("refuses variants that do not fit the options, with a detail per field, and creates nothing", async () => {
    const before = await productCount();
    const bag = toteBag("BAD");
    const skus = bag.skus.slice(0, 3);
    skus[1] = { ...(skus[1] as (typeof skus)[0]), optionValues: ["红色", "小号"] };
    skus[2] = { ...(skus[2] as (typeof skus)[0]), code: "BAD-1" };
    const response = await supplier.post(`/api/orgs/${supplierId}/products`, { ...bag, skus });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string; code: string }) => `${d.path} ${d.code}`)).toEqual([
      "skus.1.optionValues sku_options_mismatch",
      "skus.2.code sku_code_repeated",
    ]);
    expect(await productCount()).toBe(before);
  });

  it.each([
    ["a negative price", -100],
    ["a price in yuan with a comma (12,5)", "12,5"],
    ["a fractional fen", 12.5],
    ["a non-numeric price", "十二块"],
  ])("refuses %s at the edge", async (_name, priceFen) => {
    const bag = toteBag("PRICE");
    const sku = { ...(bag.skus[0] as (typeof bag.skus)[0]), tiers: [{ minQuantity: 1, priceFen }] };
    const response = await supplier.post(`/api/orgs/${supplierId}/products`, {
      ...bag,
      options: [],
      skus: [{ ...sku, optionValues: [] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe("skus.0.tiers.0.priceFen");
  });
});

describe("stock", () => {
  it("moves by a delta and refuses to go below zero or below what orders reserved", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("STOCK"))).json();
    const sku = product.skus[0];
    const url = `/api/orgs/${supplierId}/products/${product.id}/skus/${sku.id}/stock`;
    expect((await supplier.post(url, { delta: 20 })).json()).toEqual({ onHand: 120, reserved: 0, available: 120 });
    const negative = await supplier.post(url, { delta: -121 });
    expect(negative.statusCode).toBe(409);
    expect(negative.json().error.code).toBe("stock_negative");

    // Orders (a later module) reserve stock; the supplier's count cannot drop below it.
    await t.database.db.execute(sql`update skus set reserved = 30 where id = ${sku.id}`);
    const belowReserved = await supplier.post(url, { onHand: 29 });
    expect(belowReserved.statusCode).toBe(409);
    expect(belowReserved.json().error.message).toContain("30");
    expect((await supplier.post(url, { onHand: 30 })).json()).toEqual({ onHand: 30, reserved: 30, available: 0 });
  });

  it("is guarded by the database itself, not only by the application", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("GUARD"))).json();
    const id = product.skus[0].id;
    await expect(t.database.db.execute(sql`update skus set reserved = on_hand + 1 where id = ${id}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update skus set on_hand = -1 where id = ${id}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update skus set reserved = -1 where id = ${id}`)).rejects.toThrow();
    const [row] = await queryRows<{ on_hand: number; reserved: number }>(
      t.database.db,
      sql`select on_hand, reserved from skus where id = ${id}`,
    );
    expect(row).toEqual({ on_hand: 100, reserved: 0 });
  });
});

describe("editing", () => {
  it("replaces a variant's tiers and refuses tiers where buying more costs more", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("EDIT"))).json();
    const url = `/api/orgs/${supplierId}/products/${product.id}/skus/${product.skus[0].id}`;
    const fields = {
      weightGrams: 350,
      dropshipPriceFen: 2600,
      tiers: [
        { minQuantity: 1, priceFen: 2700 },
        { minQuantity: 100, priceFen: 2000 },
      ],
    };
    const updated = await supplier.put(url, fields);
    expect(updated.statusCode).toBe(200);
    expect(updated.json().skus[0]).toMatchObject({ weightGrams: 350, dropshipPriceFen: 2600, tiers: fields.tiers });
    const rising = await supplier.call({
      method: "PUT" as "PATCH",
      url,
      body: { ...fields, tiers: [...fields.tiers].reverse() },
    });
    expect(rising.statusCode).toBe(400);
    expect(rising.json().error.details[0]).toMatchObject({ path: "tiers", code: "tiers_not_ascending" });
  });

  it("archives a product, which takes it out of the supermarket for shops", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("ARCH"))).json();
    expect((await shop.get(`/api/hubs/${hubId}/products/${product.id}`)).statusCode).toBe(200);
    const archived = await supplier.patch(`/api/orgs/${supplierId}/products/${product.id}`, { status: "archived" });
    expect(archived.json().status).toBe("archived");
    expect((await shop.get(`/api/hubs/${hubId}/products/${product.id}`)).statusCode).toBe(404);
    expect((await supplier.get(`/api/hubs/${hubId}/products/${product.id}`)).statusCode).toBe(200);
  });

  it("keeps one supplier's products out of another's reach", async () => {
    const product = (
      await supplier.post(`/api/orgs/${supplierId}/products`, { ...toteBag("MINE"), status: "draft" })
    ).json();
    expect((await rival.get(`/api/orgs/${rivalId}/products/${product.id}`)).statusCode).toBe(404);
    expect((await rival.patch(`/api/orgs/${rivalId}/products/${product.id}`, { title: "抢来的" })).statusCode).toBe(
      404,
    );
    const stock = await rival.post(`/api/orgs/${rivalId}/products/${product.id}/skus/${product.skus[0].id}/stock`, {
      onHand: 0,
    });
    expect(stock.statusCode).toBe(404);
    expect((await rival.get(`/api/hubs/${hubId}/products/${product.id}`)).statusCode).toBe(404);
    expect((await supplier.get(`/api/orgs/${supplierId}/products/${product.id}`)).json().title).toBe(
      "帆布托特包 大容量 通勤单肩包",
    );
  });

  it("shows the supermarket only to people working in the hub", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("HUB"))).json();
    const stranger = new Browser(t.app);
    await stranger.signUp("stranger@example.com");
    expect((await stranger.get(`/api/hubs/${hubId}/products/${product.id}`)).statusCode).toBe(404);
  });
});

describe("categories", () => {
  it("start with the cluster taxonomy, which operators extend and others cannot", async () => {
    const list = (await shop.get(`/api/hubs/${hubId}/categories`)).json();
    const bags = list.find((c: { name: string }) => c.name === "箱包");
    expect(
      list.filter((c: { parentId: string | null }) => c.parentId === null).map((c: { name: string }) => c.name),
    ).toEqual(expect.arrayContaining(["箱包", "服装", "饰品", "玩具", "日用百货"]));
    expect(
      list.filter((c: { parentId: string | null }) => c.parentId === bags.id).map((c: { name: string }) => c.name),
    ).toContain("双肩包");
    const refused = await shop.post(`/api/hubs/${hubId}/categories`, {
      parentId: bags.id,
      name: "腰包",
      nameEn: "Waist bags",
    });
    expect(refused.statusCode).toBe(403);

    const operator = new Browser(t.app);
    const user = await operator.signUp("op@example.com");
    const ownHub = await makeHub(t.database.db, user.id);
    const categories = (await operator.get(`/api/hubs/${ownHub.id}/categories`)).json();
    const parent = categories.find((c: { name: string }) => c.name === "箱包");
    const added = await operator.post(`/api/hubs/${ownHub.id}/categories`, {
      parentId: parent.id,
      name: "腰包",
      nameEn: "Waist bags",
    });
    expect(added.statusCode).toBe(201);
    const twice = await operator.post(`/api/hubs/${ownHub.id}/categories`, {
      parentId: parent.id,
      name: "腰包",
      nameEn: "Waist bags",
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe("what the supermarket and shops see of a change", () => {
  it("keeps the product's summary of its variants: lowest prices, units available, clearance", async () => {
    const bag = toteBag("SUM");
    bag.skus[1] = {
      ...(bag.skus[1] as (typeof bag.skus)[0]),
      dropshipPriceFen: 2600,
      clearanceQuantity: 40,
      clearancePriceFen: 1900,
    } as (typeof bag.skus)[0];
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, bag)).json();
    const summary = async () =>
      (
        await queryRows<{
          price_fen: number;
          dropship_price_fen: number;
          available: number;
          clearance_quantity: number;
        }>(
          t.database.db,
          sql`select price_fen, dropship_price_fen, available, clearance_quantity from products where id = ${product.id}`,
        )
      )[0];
    expect(await summary()).toEqual({
      price_fen: 2500,
      dropship_price_fen: 2600,
      available: 600,
      clearance_quantity: 40,
    });
    await supplier.post(`/api/orgs/${supplierId}/products/${product.id}/skus/${product.skus[0].id}/stock`, {
      delta: -100,
    });
    expect((await summary())?.available).toBe(500);
  });

  it("tells listeners, inside the change's transaction, of price changes, sell-outs, restocks and archiving", async () => {
    const heard: CatalogChange[] = [];
    onCatalogChange(async (_db, changes) => void heard.push(...changes));
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("EVT"))).json();
    const sku = product.skus[0];
    const base = `/api/orgs/${supplierId}/products/${product.id}`;
    await supplier.post(`${base}/skus/${sku.id}/stock`, { onHand: 0 });
    await supplier.post(`${base}/skus/${sku.id}/stock`, { onHand: 0 });
    await supplier.post(`${base}/skus/${sku.id}/stock`, { delta: 5 });
    await supplier.put(`${base}/skus/${sku.id}`, { weightGrams: 300, dropshipPriceFen: 2800, tiers: sku.tiers });
    await supplier.put(`${base}/skus/${sku.id}`, { weightGrams: 300, dropshipPriceFen: 3000, tiers: sku.tiers });
    await supplier.patch(base, { status: "archived" });
    expect(heard.filter((c) => c.productId === product.id).map((c) => c.kind)).toEqual([
      "out_of_stock",
      "back_in_stock",
      "price_changed",
      "archived",
    ]);
    expect(heard.find((c) => c.kind === "price_changed")?.details).toMatchObject({
      code: "EVT-1",
      dropshipBefore: 2800,
      dropshipAfter: 3000,
    });
  });
});
