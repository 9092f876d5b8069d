import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import { type Database, queryRows } from "../../../db/connection.js";
import { changeStock } from "../../catalog/stock.js";
import { connectModules } from "../../connect.js";
import { draft, orderVillage, stockOf } from "../test-village.js";
import { recordOrders } from "./record.js";

let database: Database;
let village: Awaited<ReturnType<typeof orderVillage>>;

beforeAll(async () => {
  connectModules();
  database = await testDatabase();
  village = await orderVillage(database.db, 10);
});
afterAll(() => database.close());

const statuses = (orderId: string) =>
  queryRows<{ status: string; quantity: number }>(
    database.db,
    sql`select status, quantity from order_lines where order_id = ${orderId} order by position`,
  );

describe("recording orders", () => {
  it("reserves stock for lines it covers and backorders the rest, whole lines only", async () => {
    const [shop] = village.shops;
    const result = await recordOrders(database.db, shop, [
      draft([
        ["TOTE-1", 6],
        ["tote-2", 3],
      ]),
      draft([["TOTE-1", 6]]),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.created.map((order) => [order.reserved, order.backordered])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(await stockOf(database.db, village.hub.id, "TOTE-1")).toEqual({ onHand: 10, reserved: 6 });
    expect(await stockOf(database.db, village.hub.id, "TOTE-2")).toEqual({ onHand: 10, reserved: 3 });
  });

  it("never duplicates an order brought in twice, and says it was there", async () => {
    const [shop] = village.shops;
    const order = draft([["TOTE-3", 1]], "TB-777");
    const first = await recordOrders(database.db, shop, [order]);
    const again = await recordOrders(database.db, shop, [order]);
    expect(first.created).toHaveLength(1);
    expect(again.created).toEqual([]);
    expect(again.existing).toEqual([{ id: first.created[0]?.id, platformOrderNumber: "TB-777" }]);
    expect(await stockOf(database.db, village.hub.id, "TOTE-3")).toEqual({ onHand: 10, reserved: 1 });
  });

  it("refuses one order number twice in one batch instead of doubling it", async () => {
    const [shop] = village.shops;
    const result = await recordOrders(database.db, shop, [draft([["TOTE-1", 1]], "X1"), draft([["TOTE-2", 1]], "X1")]);
    expect(result.problems.map((problem) => problem.code)).toEqual(["order_number_repeated"]);
    expect(result.created).toEqual([]);
  });

  it("reports every code that is not in the shop's selection and writes nothing", async () => {
    const [shop] = village.shops;
    const before = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from orders`);
    const result = await recordOrders(database.db, shop, [
      draft([["TOTE-4", 1]]),
      draft([
        ["NOPE-1", 1],
        ["TOTE-5", 1],
      ]),
    ]);
    expect(result.problems.map((problem) => [problem.code, problem.params.code])).toEqual([
      ["order_sku_unknown", "NOPE-1"],
    ]);
    expect(result.created).toEqual([]);
    const after = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from orders`);
    expect(after).toEqual(before);
    expect(await stockOf(database.db, village.hub.id, "TOTE-4")).toEqual({ onHand: 10, reserved: 0 });
  });

  it("serves backorders oldest first when stock comes in, passing over a line too big for it", async () => {
    const [shop, other] = village.shops;
    const big = await recordOrders(database.db, shop, [draft([["TOTE-6", 15]])]);
    const small = await recordOrders(database.db, other, [draft([["TOTE-6", 8]])]);
    const smaller = await recordOrders(database.db, other, [draft([["TOTE-6", 2]])]);
    // 10 on hand: the 8 is reserved at once, the 2 too, the 15 waits.
    expect((await statuses(small.created[0]?.id as string))[0]?.status).toBe("reserved");
    expect((await statuses(smaller.created[0]?.id as string))[0]?.status).toBe("reserved");
    expect((await statuses(big.created[0]?.id as string))[0]?.status).toBe("backordered");
    const sku = village.product.skus.find((s) => s.code === "TOTE-6");
    await changeStock(
      database.db,
      { ...village.supplier, userId: village.user.id } as never,
      village.product.id,
      sku?.id as string,
      {
        delta: 15,
      },
    );
    expect((await statuses(big.created[0]?.id as string))[0]?.status).toBe("reserved");
    expect(await stockOf(database.db, village.hub.id, "TOTE-6")).toEqual({ onHand: 25, reserved: 25 });
  });
});
