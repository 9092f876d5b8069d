import fs from "node:fs";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import { type Database, queryRows } from "../db/connection.js";
import { PICTURE_SIZES, pictureFileKey } from "../modules/catalog/pictures/keys.js";
import { getProduct } from "../modules/catalog/products.js";
import type { LocalStorage } from "../storage/local.js";
import { loadDemo } from "./index.js";

let first: Database;
let second: Database;
let storage: LocalStorage;

beforeAll(async () => {
  [first, second] = await Promise.all([testDatabase(), testDatabase()]);
  storage = tempStorage();
  const other = tempStorage();
  await Promise.all([loadDemo(first.db, "small", { storage }), loadDemo(second.db, "small", { storage: other })]);
  fs.rmSync(other.root, { recursive: true, force: true });
  // Two demo loads side by side on a busy two-core machine.
}, 120_000);
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  if (storage) fs.rmSync(storage.root, { recursive: true, force: true });
});

const rows = <T>(database: Database, query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

describe("the demo catalog", () => {
  it("gives the demo supplier a handful of products, each with pictures whose files are in storage", async () => {
    const mine = await rows<{ id: string; hub_id: string }>(
      first,
      sql`select p.id, p.hub_id from products p
          join memberships m on m.org_id = p.supplier_id
          join users u on u.id = m.user_id
          where u.email = 'supplier@demo.taocun.cn' order by p.created_at`,
    );
    expect(mine.length).toBeGreaterThanOrEqual(5);
    for (const { id, hub_id: hubId } of mine) {
      const product = await getProduct(first.db, hubId, id);
      expect(product.status).toBe("active");
      expect(product.pictures.length, product.title).toBeGreaterThanOrEqual(2);
      for (const sha256 of product.pictures) {
        for (const size of PICTURE_SIZES) {
          const file = await storage.get(pictureFileKey(hubId, sha256, size));
          expect(file, `${product.title} ${sha256} ${size}`).toBeDefined();
        }
      }
      const main = await storage.get(pictureFileKey(hubId, product.pictures[0] as string, 800));
      expect(await sharp(main).metadata()).toMatchObject({ format: "jpeg", width: 800, height: 800 });
    }
  });

  it("lists every supplier's goods with 2–3 values per option, tiers that fall and prices shops can resell at", async () => {
    const suppliers = await rows<{ n: number }>(first, sql`select count(distinct supplier_id)::int as n from products`);
    expect(suppliers[0]?.n).toBe(12);
    const products = await rows<{ title: string; options: { values: string[] }[]; price_fen: number | null }>(
      first,
      sql`select title, options, price_fen from products`,
    );
    for (const product of products) {
      expect(product.price_fen, product.title).toBeGreaterThan(0);
      for (const option of product.options) expect(option.values.length).toBeGreaterThanOrEqual(2);
      for (const option of product.options) expect(option.values.length).toBeLessThanOrEqual(3);
    }
    const skus = await rows<{
      code: string;
      tiers: number;
      first_tier: number;
      retail: number;
      dropship: number | null;
    }>(
      first,
      sql`select s.code, count(t.*)::int as tiers, max(t.price_fen) as first_tier,
                 s.retail_price_fen as retail, s.dropship_price_fen as dropship
          from skus s join sku_price_tiers t on t.sku_id = s.id group by s.hub_id, s.id`,
    );
    for (const sku of skus) {
      expect(sku.tiers, sku.code).toBeGreaterThanOrEqual(2);
      expect(sku.retail, sku.code).toBeGreaterThan(sku.first_tier);
      if (sku.dropship !== null) expect(sku.dropship, sku.code).toBeGreaterThanOrEqual(sku.first_tier);
    }
  });

  it("offers bag factories' backlog at 20–30 % below the wholesale price", async () => {
    const backlog = await rows<{ clearance: number; wholesale: number; category: string }>(
      first,
      sql`select s.clearance_price_fen as clearance, max(t.price_fen) as wholesale, parent.name as category
          from skus s join sku_price_tiers t on t.sku_id = s.id
          join products p on p.id = s.product_id
          join categories c on c.id = p.category_id join categories parent on parent.id = c.parent_id
          where s.clearance_quantity > 0 group by s.hub_id, s.id, parent.name`,
    );
    expect(backlog.length).toBeGreaterThan(0);
    for (const sku of backlog) {
      expect(sku.category).toBe("箱包");
      const off = 1 - sku.clearance / sku.wholesale;
      expect(off).toBeGreaterThan(0.18);
      expect(off).toBeLessThan(0.32);
    }
  });

  it("is the same catalog, with the same pictures, every time it is generated", async () => {
    // Ordered by a key that is unique, (supplier, code): two suppliers may share a code.
    const catalog = sql`select o.name as supplier, p.title, s.code, s.option_values, s.on_hand, s.clearance_quantity
                        from products p join skus s on s.product_id = p.id
                        join organisations o on o.id = p.supplier_id order by o.name, s.code`;
    const once = await rows(first, catalog);
    expect(await rows(second, catalog)).toEqual(once);
    const pictures = sql`select sha256 from pictures order by sha256`;
    expect(await rows(second, pictures)).toEqual(await rows(first, pictures));
  });
});
