import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import { type Database, queryRows } from "../../../db/connection.js";
import { connectModules } from "../../connect.js";
import { recordOrders } from "../record/record.js";
import { draft, orderVillage } from "../test-village.js";
import { runDueCutoffs } from "./scheduler.js";
import { saveOrderSettings } from "./settings.js";

let database: Database;

beforeAll(async () => {
  connectModules();
  database = await testDatabase();
});
afterAll(() => database.close());

describe("the cut-off schedule", () => {
  it("runs a hub's cut-off once its local time passes the cut-off, and only once that day", async () => {
    const village = await orderVillage(database.db);
    await saveOrderSettings(database.db, village.hub.id, {
      cutoffTime: "15:30",
      defaultMode: "pickup",
      supplierModes: {},
    });
    await recordOrders(database.db, village.shops[0], [draft([["TOTE-1", 2]])]);
    const runsOfHub = () =>
      queryRows<{ business_date: string }>(
        database.db,
        sql`select business_date::text from cutoff_runs where hub_id = ${village.hub.id}`,
      );

    // 15:29 in Shanghai (UTC+8) is 07:29 UTC: not yet.
    await runDueCutoffs(database.db, new Date("2026-11-20T07:29:00Z"));
    expect(await runsOfHub()).toEqual([]);
    const due = await runDueCutoffs(database.db, new Date("2026-11-20T07:31:00Z"));
    expect(due.map((result) => result.businessDate)).toEqual(["2026-11-20"]);
    expect(await runsOfHub()).toEqual([{ business_date: "2026-11-20" }]);
    await runDueCutoffs(database.db, new Date("2026-11-20T09:00:00Z"));
    expect(await runsOfHub()).toEqual([{ business_date: "2026-11-20" }]);
    const [po] = await queryRows<{ mode: string }>(
      database.db,
      sql`select mode from purchase_orders where hub_id = ${village.hub.id}`,
    );
    expect(po?.mode).toBe("pickup");
  });
});
