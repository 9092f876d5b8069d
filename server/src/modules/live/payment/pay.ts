import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, NotFoundError } from "../../../http/errors.js";
import type { ParsedAddress } from "../../orders/address/parse.js";
import type { ResolvedOrder } from "../../orders/record/drafts.js";
import { saveOrders } from "../../orders/record/save.js";
import type { BookAddress } from "../buyers/addresses.js";

/** A buyer's claim as their orders page shows it. */
export type ClaimView = {
  id: string;
  dealId: string;
  roomId: string | null;
  roomTitle: string | null;
  skuId: string;
  title: string;
  quantity: number;
  dealPriceFen: number;
  totalFen: number;
  status: "accepted" | "paid" | "expired";
  payBy: string;
  paidAt: string | null;
  orderId: string | null;
  createdAt: string;
};

type ClaimToPay = ClaimView & { hubId: string; buyerId: string; sellerId: string; supplierId: string; code: string };

export async function claimsOfBuyer(db: Db, hubId: string, buyerId: string, claimId?: string): Promise<ClaimView[]> {
  const one = claimId ? sql`and c.id = ${claimId}` : sql``;
  return queryRows<ClaimView>(
    db,
    sql`${CLAIM_SELECT} where c.hub_id = ${hubId} and c.buyer_id = ${buyerId} ${one}
        order by c.created_at desc limit 100`,
  );
}

/** The claim a payment is for: the buyer's own, or any in the hub for a provider's callback. */
export async function claimToPay(db: Db, claimId: string, buyerId?: string): Promise<ClaimToPay> {
  const own = buyerId ? sql`and c.buyer_id = ${buyerId}` : sql``;
  const [claim] = await queryRows<ClaimToPay>(db, sql`${CLAIM_SELECT} where c.id = ${claimId} ${own}`);
  if (!claim) throw new NotFoundError("live_claim");
  return claim;
}

/**
 * Marks a claim paid and makes it the seller's retail order (platform live) in one
 * transaction: the order then reserves stock and waits for the cut-off like any other. Only
 * an accepted claim within its pay-by time can be paid; an expired one is refused (the
 * provider refunds), and a second callback for the same payment changes nothing.
 */
export async function confirmPaid(
  db: Db,
  claim: ClaimToPay,
  ref: string,
  address: BookAddress & { parsed: ParsedAddress },
): Promise<string> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [paid] = await queryRows<{ id: string }>(
      tx,
      sql`update flash_claims set status = 'paid', paid_at = now(), payment_ref = ${ref}
          where hub_id = ${claim.hubId} and id = ${claim.id} and status = 'accepted' and pay_by > now()
          returning id`,
    );
    if (!paid) return alreadySettled(tx, claim, ref);
    const [saved] = (
      await saveOrders(tx, { hubId: claim.hubId, orgId: claim.sellerId }, [
        liveOrder(claim, { ...address, address: address.parsed }, new Date().toISOString()),
      ])
    ).created;
    const orderId = saved?.id as string;
    await tx.execute(
      sql`update flash_claims set order_id = ${orderId} where hub_id = ${claim.hubId} and id = ${claim.id}`,
    );
    return orderId;
  });
}

async function alreadySettled(tx: Db, claim: ClaimToPay, ref: string): Promise<string> {
  const [now] = await queryRows<{ status: string; payment_ref: string | null; order_id: string | null }>(
    tx,
    sql`select status, payment_ref, order_id from flash_claims where hub_id = ${claim.hubId} and id = ${claim.id}`,
  );
  if (now?.status === "paid" && now.payment_ref === ref && now.order_id) return now.order_id;
  if (now?.status === "paid") throw new ConflictError("live_claim_paid");
  throw new ConflictError("live_claim_expired");
}

/** What a live order is made of: the claim's SKU, units and deal price. */
export type LiveLine = Pick<ClaimView, "id" | "skuId" | "title" | "quantity" | "dealPriceFen"> & {
  code: string;
  supplierId: string;
};

/** A claim as the seller's retail order (platform live), numbered after the claim so it is made once. */
export function liveOrder(
  claim: LiveLine,
  to: { name: string; phone: string; address: ParsedAddress },
  placedAt: string,
): ResolvedOrder {
  const line = { skuCode: claim.code, title: claim.title, quantity: claim.quantity, unitPriceFen: claim.dealPriceFen };
  return {
    platform: "live",
    platformOrderNumber: `L${claim.id.replaceAll("-", "").slice(0, 20).toUpperCase()}`,
    buyerName: to.name,
    phone: to.phone,
    address: to.address,
    placedAt,
    totalFen: claim.quantity * claim.dealPriceFen,
    lines: [line],
    resolved: [{ ...line, sku: { skuId: claim.skuId, supplierId: claim.supplierId, title: claim.title } }],
  };
}

const CLAIM_SELECT = sql`select c.hub_id as "hubId", c.id, c.buyer_id as "buyerId", c.deal_id as "dealId",
    d.room_id as "roomId", r.title as "roomTitle", d.sku_id as "skuId", p.title, s.code, s.supplier_id as "supplierId",
    d.seller_id as "sellerId", c.quantity, d.deal_price_fen as "dealPriceFen",
    c.quantity * d.deal_price_fen as "totalFen", c.status,
    to_json(c.pay_by)#>>'{}' as "payBy", to_json(c.paid_at)#>>'{}' as "paidAt", c.order_id as "orderId",
    to_json(c.created_at)#>>'{}' as "createdAt"
  from flash_claims c
  join flash_deals d on d.hub_id = c.hub_id and d.id = c.deal_id
  join skus s on s.hub_id = d.hub_id and s.id = d.sku_id
  join products p on p.hub_id = s.hub_id and p.id = s.product_id
  left join live_rooms r on r.hub_id = d.hub_id and r.id = d.room_id`;
