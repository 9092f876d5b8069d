import { sql } from "drizzle-orm";
import { queryRows } from "../../../db/connection.js";
import { ConflictError } from "../../../http/errors.js";
import { shippingAddress } from "../buyers/addresses.js";
import type { Buyer } from "../buyers/sessions.js";
import type { Live } from "../runtime.js";
import { claimToPay, confirmPaid } from "./pay.js";

/**
 * A buyer pays a claim to an address of theirs: the address is kept on the claim, the provider
 * charges, and a paid charge makes the claim the seller's order at once. A provider that pays
 * later says so through its callback (`paidByCallback`).
 */
export async function payClaim(live: Live, buyer: Buyer, claimId: string, addressId: string) {
  const claim = await claimToPay(live.db, claimId, buyer.id);
  if (claim.status === "paid") throw new ConflictError("live_claim_paid");
  const address = await shippingAddress(live.db, buyer, addressId);
  const kept = await queryRows(
    live.db,
    sql`update flash_claims set address_id = ${addressId}
        where hub_id = ${claim.hubId} and id = ${claim.id} and status = 'accepted' and pay_by > now() returning id`,
  );
  if (kept.length === 0) throw new ConflictError("live_claim_expired");
  const charge = await live.payments.charge({ claimId, amountFen: claim.totalFen, buyerId: buyer.id });
  if (charge.status === "paid") await confirmPaid(live.db, claim, charge.ref, address);
  return claimToPay(live.db, claimId, buyer.id);
}

/** The provider's callback: a signed word that a claim's charge went through. */
export async function paidByCallback(live: Live, claimId: string, ref: string): Promise<string> {
  const claim = await claimToPay(live.db, claimId);
  const [row] = await queryRows<{ address_id: string | null }>(
    live.db,
    sql`select address_id from flash_claims where hub_id = ${claim.hubId} and id = ${claim.id}`,
  );
  if (!row?.address_id) throw new ConflictError("live_claim_expired");
  const address = await shippingAddress(live.db, { hubId: claim.hubId, id: claim.buyerId }, row.address_id);
  return confirmPaid(live.db, claim, ref, address);
}
