import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database.js";
import { tempStorage } from "../../test/storage.js";
import { type Database, queryRows } from "../db/connection.js";
import { roomReport } from "../modules/live/report/report.js";
import { findRoom } from "../modules/live/rooms/rooms.js";
import { loadDemo } from "./index.js";

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await loadDemo(database.db, "small", { storage: tempStorage() });
}, 120_000);
afterAll(() => database.close());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

describe("the demo's live rooms", () => {
  it("has tonight's show scheduled and last night's ended, its report matching its claims", async () => {
    const rooms = await rows<{ id: string; status: string }>(sql`select id, status from live_rooms order by status`);
    expect(rooms.map((room) => room.status)).toEqual(["scheduled", "ended"]);
    const ended = await findRoom(database.db, { roomId: rooms[1]?.id as string });
    const report = await roomReport(database.db, ended as NonNullable<typeof ended>);
    const [sold] = await rows<{ gmv: number; units: number }>(
      sql`select sum(c.quantity * d.deal_price_fen)::float8 as gmv, sum(c.quantity)::int as units
          from flash_claims c join flash_deals d on d.id = c.deal_id where c.status <> 'expired'`,
    );
    expect(report.figures).toMatchObject({ gmvFen: sold?.gmv, units: sold?.units, uniqueViewers: 640 });
    expect(report.figures.orders).toBe(report.figures.paidOrders);
    expect(report.draws[0]).toMatchObject({ verified: true });
    expect(report.timeline.map((event) => event.kind)).toEqual(
      expect.arrayContaining(["started", "pinned", "deal_launched", "draw", "ended"]),
    );
  });

  it("never sold more than a deal had or more than a buyer's limit, and every paid claim is a live order", async () => {
    const over = await rows(
      sql`select d.id from flash_deals d join flash_claims c on c.deal_id = d.id and c.status <> 'expired'
          group by d.id, d.quantity having sum(c.quantity) > d.quantity
          union all
          select d.id from flash_deals d join flash_claims c on c.deal_id = d.id and c.status <> 'expired'
          group by d.id, d.per_buyer_limit, c.buyer_id having sum(c.quantity) > d.per_buyer_limit`,
    );
    expect(over).toEqual([]);
    const unordered = await rows(
      sql`select c.id from flash_claims c left join orders o on o.id = c.order_id
          where c.status = 'paid' and (o.id is null or o.platform <> 'live')`,
    );
    expect(unordered).toEqual([]);
  });
});
