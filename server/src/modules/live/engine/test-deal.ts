import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { orderVillage } from "../../orders/test-village.js";

/** A flash deal of the village's bag, open from an hour ago for a day: what engine tests sell. */
export async function testDeal(db: Db, terms: { quantity: number; perBuyerLimit: number }) {
  const village = await orderVillage(db);
  const [sku] = await queryRows<{ id: string }>(
    db,
    sql`select id from skus where hub_id = ${village.hub.id} order by code limit 1`,
  );
  const id = randomUUID();
  const startsAt = new Date(Date.now() - 3600_000).toISOString();
  const endsAt = new Date(Date.now() + 86_400_000).toISOString();
  await db.execute(
    sql`insert into flash_deals (hub_id, id, seller_id, sku_id, deal_price_fen, quantity, per_buyer_limit, starts_at, ends_at)
        values (${village.hub.id}, ${id}, ${village.supplier.orgId}, ${sku?.id}, 3900, ${terms.quantity},
                ${terms.perBuyerLimit}, ${startsAt}, ${endsAt})`,
  );
  return { hubId: village.hub.id, dealId: id, startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
}

/** What the database holds of a deal's claims: units not expired, per buyer, and every claim id. */
export async function claimsInDatabase(db: Db, hubId: string, dealId: string) {
  const rows = await queryRows<{ id: string; buyer_id: string; quantity: number; status: string }>(
    db,
    sql`select id, buyer_id, quantity, status from flash_claims where hub_id = ${hubId} and deal_id = ${dealId}`,
  );
  const live = rows.filter((row) => row.status !== "expired");
  const byBuyer = new Map<string, number>();
  for (const row of live) byBuyer.set(row.buyer_id, (byBuyer.get(row.buyer_id) ?? 0) + row.quantity);
  return { sold: live.reduce((sum, row) => sum + row.quantity, 0), byBuyer, ids: new Set(rows.map((row) => row.id)) };
}
