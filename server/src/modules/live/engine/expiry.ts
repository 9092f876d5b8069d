import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

export type Expired = { dealId: string; buyerId: string; quantity: number };

/** Marks an accepted claim expired if its pay-by time has passed; answers what it held, once. */
export async function expireClaim(db: Db, hubId: string, claimId: string, at: Date): Promise<Expired | undefined> {
  const [row] = await queryRows<{ deal_id: string; buyer_id: string; quantity: number }>(
    db,
    sql`update flash_claims set status = 'expired'
        where hub_id = ${hubId} and id = ${claimId} and status = 'accepted' and pay_by <= ${at.toISOString()}
        returning deal_id, buyer_id, quantity`,
  );
  return row && { dealId: row.deal_id, buyerId: row.buyer_id, quantity: row.quantity };
}
