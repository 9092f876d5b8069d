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

/**
 * The deal a claim belongs to. An engine counts the deal before expiring one of its claims:
 * a count read from the database after the expiry already lacks the claim, and giving its
 * units back on top would count them twice.
 */
export async function dealOfClaim(db: Db, hubId: string, claimId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ deal_id: string }>(
    db,
    sql`select deal_id from flash_claims where hub_id = ${hubId} and id = ${claimId}`,
  );
  return row?.deal_id;
}
