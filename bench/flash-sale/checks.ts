import type { Db } from "../../server/src/db/connection.js";
import { claimsInDatabase } from "../../server/src/modules/live/engine/test-deal.js";

export type DealChecks = {
  /** Units the database holds beyond the deal's quantity: must be 0. */
  oversold: number;
  /** Claims answered 201/200 that the database lacks: must be 0. */
  lostAcknowledged: number;
  /** Buyers holding more than the per-buyer limit: must be 0. */
  buyersOverLimit: number;
  /** Claims in the database no answer told of (requests under way when the run stopped): 0 after a clean run. */
  unacknowledgedInDatabase: number;
  sold: number;
};

/** The deal's claims in the database against the claim ids the load generator was answered with. */
export async function checkDeal(
  db: Db,
  deal: { hubId: string; dealId: string; quantity: number; perBuyerLimit: number },
  acknowledged: Set<string>,
): Promise<DealChecks> {
  const held = await claimsInDatabase(db, deal.hubId, deal.dealId);
  let lost = 0;
  for (const id of acknowledged) if (!held.ids.has(id)) lost++;
  let unacknowledged = 0;
  for (const id of held.ids) if (!acknowledged.has(id)) unacknowledged++;
  return {
    oversold: Math.max(0, held.sold - deal.quantity),
    lostAcknowledged: lost,
    buyersOverLimit: [...held.byBuyer.values()].filter((units) => units > deal.perBuyerLimit).length,
    unacknowledgedInDatabase: unacknowledged,
    sold: held.sold,
  };
}
