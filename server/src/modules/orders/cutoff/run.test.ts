import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import { type Database, queryRows } from "../../../db/connection.js";
import { connectModules } from "../../connect.js";
import { advancePurchaseOrder, cancelLine, shortShip } from "../purchase-orders/handover.js";
import { recordOrders } from "../record/record.js";
import { draft, orderVillage, stockOf } from "../test-village.js";
import { hubClock } from "./hub-clock.js";
import { runCutoff } from "./run.js";
import { saveOrderSettings } from "./settings.js";

let database: Database;
let village: Awaited<ReturnType<typeof orderVillage>>;
let today: string;

beforeAll(async () => {
  connectModules();
  database = await testDatabase();
  village = await orderVillage(database.db, 10);
  today = hubClock(village.hub.timeZone).date;
});
afterAll(() => database.close());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

describe("the cut-off", () => {
  it("puts reserved lines on one purchase order per supplier and shop, priced by how goods are handed over", async () => {
    const [shopA, shopB] = village.shops;
    await saveOrderSettings(database.db, village.hub.id, {
      cutoffTime: "16:00",
      defaultMode: "dropship",
      supplierModes: {},
    });
    await recordOrders(database.db, shopA, [
      draft([["TOTE-1", 2]]),
      draft([
        ["TOTE-2", 1],
        ["TOTE-3", 1],
      ]),
    ]);
    await recordOrders(database.db, shopB, [draft([["TOTE-1", 3]]), draft([["TOTE-6", 50]])]);

    const result = await runCutoff(database.db, village.hub.id, today);

    expect(result).toEqual({ businessDate: today, ran: true, counts: { lines: 4, purchaseOrders: 2, parcels: 3 } });
    const pos = await rows<{ shop_id: string; mode: string; lines: number; total: number }>(
      sql`select po.shop_id, po.mode, count(*)::int as lines, sum(pl.quantity * pl.unit_cost_fen)::int as total
          from purchase_orders po join purchase_order_lines pl on pl.purchase_order_id = po.id
          where po.hub_id = ${village.hub.id} group by po.hub_id, po.id order by lines desc`,
    );
    // Dropship: the bag's dropship price, 28.00 a unit.
    expect(pos).toEqual([
      { shop_id: shopA.orgId, mode: "dropship", lines: 3, total: 4 * 2800 },
      { shop_id: shopB.orgId, mode: "dropship", lines: 1, total: 3 * 2800 },
    ]);
    const backorder = await rows<{ status: string }>(
      sql`select status from order_lines where hub_id = ${village.hub.id} and quantity = 50`,
    );
    expect(backorder).toEqual([{ status: "backordered" }]);
    const parcels = await rows<{ weight_grams: number; province_code: string; status: string }>(
      sql`select weight_grams, province_code, status from parcels where hub_id = ${village.hub.id} order by weight_grams`,
    );
    // TOTE-1 weighs 300 g, TOTE-2 320 g, TOTE-3 340 g.
    expect(parcels).toEqual([
      { weight_grams: 600, province_code: "33", status: "awaiting_carrier" },
      { weight_grams: 660, province_code: "33", status: "awaiting_carrier" },
      { weight_grams: 900, province_code: "33", status: "awaiting_carrier" },
    ]);
  });

  it("changes nothing when the same day runs again, and refuses a day still to come", async () => {
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from purchase_orders`);
    const again = await runCutoff(database.db, village.hub.id, today);
    expect(again).toEqual({ businessDate: today, ran: false, counts: { lines: 4, purchaseOrders: 2, parcels: 3 } });
    expect(await rows<{ n: number }>(sql`select count(*)::int as n from purchase_orders`)).toEqual(before);
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect(runCutoff(database.db, village.hub.id, tomorrow)).rejects.toMatchObject({
      code: "cutoff_future_date",
    });
  });

  it("short-ships: the units leave stock, are not charged, and come back to the shop, served from what is left", async () => {
    const [shopA] = village.shops;
    const [line] = await rows<{ po: string; line: string }>(
      sql`select pl.purchase_order_id as po, pl.order_line_id as line from purchase_order_lines pl
          join purchase_orders po on po.id = pl.purchase_order_id
          join skus s on s.id = pl.sku_id
          where po.shop_id = ${shopA.orgId} and s.code = 'TOTE-1'`,
    );
    const supplier = village.supplier;
    await expect(shortShip(database.db, supplier, line?.po as string, line?.line as string, 3)).rejects.toMatchObject({
      code: "short_more_than_ordered",
    });
    const before = await stockOf(database.db, village.hub.id, "TOTE-1");
    await shortShip(database.db, supplier, line?.po as string, line?.line as string, 1);
    // The supplier still had 5 TOTE-1 that no order held: the unit the shop still needs takes one.
    const rest = await rows<{ quantity: number; status: string }>(
      sql`select quantity, status from order_lines where shop_id = ${shopA.orgId} and status <> 'ordered'`,
    );
    expect(rest).toEqual([{ quantity: 1, status: "reserved" }]);
    expect(await stockOf(database.db, village.hub.id, "TOTE-1")).toEqual({
      onHand: before.onHand - 1,
      reserved: before.reserved,
    });
  });

  it("hands goods over: stock leaves on hand and reserved when the dropship order ships", async () => {
    const [, shopB] = village.shops;
    const [po] = await rows<{ id: string }>(sql`select id from purchase_orders where shop_id = ${shopB.orgId}`);
    const before = await stockOf(database.db, village.hub.id, "TOTE-1");
    await expect(
      advancePurchaseOrder(database.db, village.supplier, po?.id as string, "shipped"),
    ).rejects.toMatchObject({ code: "purchase_order_status_invalid" });
    for (const to of ["confirmed", "ready", "shipped"] as const)
      await advancePurchaseOrder(database.db, village.supplier, po?.id as string, to);
    expect(await stockOf(database.db, village.hub.id, "TOTE-1")).toEqual({
      onHand: before.onHand - 3,
      reserved: before.reserved - 3,
    });
  });

  it("lets a shop cancel a backordered line but not one on a purchase order", async () => {
    const [, shopB] = village.shops;
    const lines = await rows<{ id: string; status: string }>(
      sql`select id, status from order_lines where shop_id = ${shopB.orgId} order by quantity`,
    );
    const ordered = lines.find((line) => line.status === "ordered");
    const waiting = lines.find((line) => line.status === "backordered");
    await expect(cancelLine(database.db, shopB, ordered?.id as string)).rejects.toMatchObject({
      code: "line_not_cancellable",
    });
    await cancelLine(database.db, shopB, waiting?.id as string);
    const [after] = await rows<{ status: string }>(sql`select status from order_lines where id = ${waiting?.id}`);
    expect(after?.status).toBe("cancelled");
  });
});
