import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabase } from "../../../test/database.js";
import { tempStorage } from "../../../test/storage.js";
import { type Database, queryRows } from "../../db/connection.js";
import { accountsStep } from "../../demo/accounts-step.js";
import { type DemoContext, SCALES } from "../../demo/context.js";
import { Random } from "../../demo/random.js";
import { sourcingStep } from "../../demo/sourcing-step.js";
import { createHub } from "../accounts/hubs.js";
import { createProduct } from "../catalog/products.js";
import { simpleProduct } from "./test-fixtures.js";

const SEED = 7;
let database: Database | undefined;
afterEach(() => database?.close());

// The village's accounts, then the given products per supplier, as the catalog step will list them.
async function villageWith(productsPerSupplier: number): Promise<DemoContext> {
  database = await testDatabase();
  const hub = await createHub(database.db, { slug: "demo", name: "演示村", nameEn: "Demo village" });
  const ctx: DemoContext = {
    db: database.db,
    storage: tempStorage(),
    rng: Random.for(SEED, "accounts"),
    scale: "small",
    figures: SCALES.small,
    hub,
    passwordHash: "not-a-real-hash",
    organisations: [],
    logins: [],
  };
  await accountsStep.run(ctx);
  const suppliers = ctx.organisations.filter((org) => org.kind === "supplier");
  for (const [s, supplier] of suppliers.entries()) {
    for (let p = 0; p < productsPerSupplier; p++) {
      const product = simpleProduct(`S${s}-P${p}`, `${supplier.category ?? "杂货"}样品${p}`, {
        tierFen: 1000 + p * 500,
      });
      await createProduct(database.db, { hubId: hub.id, orgId: supplier.id }, product);
    }
  }
  ctx.rng = Random.for(SEED, "sourcing");
  return ctx;
}

const pickRows = (db: DemoContext["db"]) =>
  queryRows<{ email: string; title: string }>(
    db,
    sql`select u.email, p.title from picks k
        join products p on p.id = k.product_id
        join memberships m on m.org_id = k.shop_id and m.role = 'owner'
        join users u on u.id = m.user_id
        order by u.email, p.title`,
  );

describe("the demo's sourcing step", () => {
  it("does nothing while the catalog has no products", async () => {
    const ctx = await villageWith(0);
    await sourcingStep.run(ctx);
    expect(await pickRows(ctx.db)).toEqual([]);
  });

  it("gives every shop a price rule and the demo shop a handful of picks of its own category", async () => {
    const ctx = await villageWith(3);
    await sourcingStep.run(ctx);
    const suppliers = ctx.organisations.filter((org) => org.kind === "supplier");
    expect(suppliers.map((org) => org.category)).toContain("饰品");
    const rows = await pickRows(ctx.db);
    const face = rows.filter((row) => row.email === "shop@demo.taocun.cn");
    expect(face.length).toBeGreaterThanOrEqual(3);
    expect(face.length).toBeLessThanOrEqual(8);
    // 小燕饰品店 sells 饰品 (jewellery): every pick is a jewellery supplier's.
    expect(face.every((row) => row.title.startsWith("饰品"))).toBe(true);
    const shops = ctx.organisations.filter((org) => org.kind === "shop").length;
    const [rules] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from price_rules`);
    expect(rules?.n).toBe(shops);
    const [shopsWithPicks] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(distinct shop_id)::int as n from picks`,
    );
    expect(shopsWithPicks?.n).toBe(shops);
  });

  it("picks the same products with the same seed", async () => {
    const first = await villageWith(2);
    await sourcingStep.run(first);
    const once = await pickRows(first.db);
    await database?.close();
    const second = await villageWith(2);
    await sourcingStep.run(second);
    expect(await pickRows(second.db)).toEqual(once);
  });
});
