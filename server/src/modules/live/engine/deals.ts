import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { ClaimRow as ClaimToWrite } from "./group-commit.js";
import type { BuyRefusal, BuyRequest, DealTerms } from "./types.js";

/** A claim already written: a retry of its request is answered with it. */
export type WrittenClaim = { id: string; buyerId: string; key: string; quantity: number; payBy: string };

/**
 * A deal's terms, what its live claims hold per buyer, and every claim written (expired ones
 * too, so a late retry still finds its answer): what an engine starts counting from.
 */
export type DealCount = { terms: DealTerms; sold: number; byBuyer: Map<string, number>; claims: WrittenClaim[] };

export async function loadDealCount(db: Db, hubId: string, dealId: string): Promise<DealCount | undefined> {
  const [deal] = await queryRows<{
    quantity: number;
    per_buyer_limit: number;
    starts_at: string | Date;
    ends_at: string | Date;
  }>(
    db,
    sql`select quantity, per_buyer_limit, starts_at, ends_at from flash_deals where hub_id = ${hubId} and id = ${dealId}`,
  );
  if (!deal) return undefined;
  const claims = await queryRows<ClaimRow>(
    db,
    sql`select id, buyer_id, idempotency_key, quantity, pay_by, status from flash_claims
        where hub_id = ${hubId} and deal_id = ${dealId}`,
  );
  const byBuyer = new Map<string, number>();
  for (const claim of claims)
    if (claim.status !== "expired") byBuyer.set(claim.buyer_id, (byBuyer.get(claim.buyer_id) ?? 0) + claim.quantity);
  return {
    terms: {
      hubId,
      id: dealId,
      quantity: deal.quantity,
      perBuyerLimit: deal.per_buyer_limit,
      startsAt: new Date(deal.starts_at),
      endsAt: new Date(deal.ends_at),
    },
    sold: [...byBuyer.values()].reduce((sum, quantity) => sum + quantity, 0),
    byBuyer,
    claims: claims.map(writtenClaim),
  };
}

type ClaimRow = {
  id: string;
  buyer_id: string;
  idempotency_key: string;
  quantity: number;
  pay_by: string | Date;
  status: string;
};

const writtenClaim = (row: ClaimRow): WrittenClaim => ({
  id: row.id,
  buyerId: row.buyer_id,
  key: row.idempotency_key,
  quantity: row.quantity,
  payBy: new Date(row.pay_by).toISOString(),
});

/** The claim a request wrote before, if any (another engine or a previous life of this one wrote it). */
export async function findClaim(db: Db, hubId: string, request: BuyRequest): Promise<WrittenClaim | undefined> {
  const [row] = await queryRows<ClaimRow>(
    db,
    sql`select id, buyer_id, idempotency_key, quantity, pay_by, status from flash_claims
        where hub_id = ${hubId} and deal_id = ${request.dealId} and buyer_id = ${request.buyerId}
          and idempotency_key = ${request.key}`,
  );
  return row && writtenClaim(row);
}

/** The refusal a buy gets on its own terms, before any counting: a bad quantity, outside the deal's window. */
export function refusalOf(terms: DealTerms, request: BuyRequest): BuyRefusal | undefined {
  if (!Number.isInteger(request.quantity) || request.quantity < 1) return "quantity_invalid";
  const at = (request.at ?? new Date()).getTime();
  if (at < terms.startsAt.getTime()) return "deal_not_started";
  if (at >= terms.endsAt.getTime()) return "deal_ended";
  return undefined;
}

/** What a retry is recognised by: the buyer and the request's Idempotency-Key. */
export const answerKeyOf = (request: { buyerId: string; key: string }) => `${request.buyerId}\u0000${request.key}`;

/** A claim of a deal as the group commit writes it. */
export function claimRowOf(deal: { hubId: string; dealId: string }, claim: WrittenClaim): ClaimToWrite {
  return {
    hubId: deal.hubId,
    id: claim.id,
    dealId: deal.dealId,
    buyerId: claim.buyerId,
    quantity: claim.quantity,
    idempotencyKey: claim.key,
    payBy: claim.payBy,
  };
}
