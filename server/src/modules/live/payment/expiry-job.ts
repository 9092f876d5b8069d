import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { InventoryEngine } from "../engine/types.js";

export type Expired = { claimId: string; dealId: string; roomId: string | null };

/**
 * Gives back the units of unpaid claims past their pay-by time, through the engine (which
 * counts them again for other buyers). Several servers may run it together: a claim
 * expires once, whoever gets there first.
 */
export async function expireDueClaims(db: Db, engine: InventoryEngine, at = new Date()): Promise<Expired[]> {
  const due = await queryRows<{ hub_id: string; id: string; deal_id: string; room_id: string | null }>(
    db,
    sql`select c.hub_id, c.id, c.deal_id, d.room_id from flash_claims c
        join flash_deals d on d.hub_id = c.hub_id and d.id = c.deal_id
        where c.status = 'accepted' and c.pay_by <= ${at.toISOString()}
        order by c.pay_by limit 500`,
  );
  const expired: Expired[] = [];
  for (const claim of due)
    if (await engine.expire(claim.hub_id, claim.id, at))
      expired.push({ claimId: claim.id, dealId: claim.deal_id, roomId: claim.room_id });
  return expired;
}
