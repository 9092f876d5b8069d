import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import { type Database, queryRows } from "../db/connection.js";
import { loadDemo } from "./index.js";

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await loadDemo(database.db, "small", { storage: tempStorage() });
}, 120_000);
afterAll(() => database.close());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

describe("the demo's day of orders", () => {
  it("has yesterday's orders on purchase orders and today's waiting for the cut-off", async () => {
    const days = await rows<{ business_date: string; pos: number }>(
      sql`select business_date::text, count(*)::int as pos from purchase_orders group by business_date`,
    );
    expect(days).toHaveLength(1);
    expect(days[0]?.pos).toBeGreaterThan(0);
    const waiting = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from order_lines group by status order by status`,
    );
    const count = (status: string) => waiting.find((row) => row.status === status)?.n ?? 0;
    expect(count("ordered")).toBeGreaterThan(0);
    expect(count("reserved")).toBeGreaterThan(0);
  });

  it("gives the demo shop login orders of its own, and reserves exactly what waiting lines need", async () => {
    const mine = await rows<{ n: number }>(
      sql`select count(*)::int as n from orders o join memberships m on m.org_id = o.shop_id
          join users u on u.id = m.user_id where u.email = 'shop@demo.taocun.cn'`,
    );
    expect(mine[0]?.n).toBeGreaterThanOrEqual(3);
    const mismatched = await rows<{ code: string }>(
      sql`select s.code from skus s
          where s.reserved <> coalesce((select sum(l.quantity) from order_lines l
                                        where l.sku_id = s.id and l.status in ('reserved', 'ordered')), 0)`,
    );
    expect(mismatched).toEqual([]);
  });
});
