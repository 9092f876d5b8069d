import { randomUUID } from "node:crypto";
import type { Db } from "../../../db/connection.js";
import {
  answerKeyOf,
  claimRowOf,
  type DealCount,
  findClaim,
  loadDealCount,
  refusalOf,
  type WrittenClaim,
} from "./deals.js";
import { dealOfClaim, expireClaim } from "./expiry.js";
import { GroupCommit } from "./group-commit.js";
import { type BuyOutcome, type BuyRequest, type InventoryEngine, PAY_WITHIN_MS } from "./types.js";

type Counted = DealCount & { answers: Map<string, Promise<BuyOutcome>> };

/**
 * The embedded engine (one server): each deal's counter in memory, counted synchronously so
 * no two buys interleave between the check and the take; the claims written in group commits
 * and each buyer answered only after the commit that holds their claim. A failed commit gives
 * the units back. A new engine (after a restart) counts from the database again.
 */
export class InProcessEngine implements InventoryEngine {
  readonly name = "in-process";
  private readonly deals = new Map<string, Promise<Counted | undefined>>();
  private readonly writer: GroupCommit;
  private closed = false;

  constructor(private readonly db: Db) {
    this.writer = new GroupCommit(db);
  }

  async buy(request: BuyRequest): Promise<BuyOutcome> {
    if (this.closed) throw new Error("the inventory engine is closed");
    const deal = await this.deal(request.hubId, request.dealId);
    if (!deal) return { ok: false, reason: "deal_not_found" };
    const answerKey = answerKeyOf(request);
    const earlier = deal.answers.get(answerKey);
    if (earlier) return repeatOf(await earlier, request.quantity);
    const refusal = refusalOf(deal.terms, request);
    if (refusal) return { ok: false, reason: refusal };
    const own = deal.byBuyer.get(request.buyerId) ?? 0;
    if (own + request.quantity > deal.terms.perBuyerLimit)
      return { ok: false, reason: "over_limit", left: leftOf(deal) };
    if (deal.sold + request.quantity > deal.terms.quantity)
      return { ok: false, reason: "sold_out", left: leftOf(deal) };
    // Taken before the first await: the check and the take are one step for every other buy.
    deal.sold += request.quantity;
    deal.byBuyer.set(request.buyerId, own + request.quantity);
    const answer = this.commit(deal, request);
    deal.answers.set(answerKey, answer);
    return answer;
  }

  async expire(hubId: string, claimId: string, at = new Date()): Promise<boolean> {
    const dealId = await dealOfClaim(this.db, hubId, claimId);
    const deal = dealId && (await this.deal(hubId, dealId));
    if (!deal) return false;
    const expired = await expireClaim(this.db, hubId, claimId, at);
    if (!expired) return false;
    giveBack(deal, expired.buyerId, expired.quantity);
    return true;
  }

  async left(hubId: string, dealId: string): Promise<number | undefined> {
    const deal = await this.deal(hubId, dealId);
    return deal && leftOf(deal);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.writer.drain();
  }

  private async commit(deal: Counted, request: BuyRequest): Promise<BuyOutcome> {
    const claimId = randomUUID();
    const payBy = new Date((request.at ?? new Date()).getTime() + PAY_WITHIN_MS).toISOString();
    const row = claimRowOf(request, {
      id: claimId,
      buyerId: request.buyerId,
      key: request.key,
      quantity: request.quantity,
      payBy,
    });
    let written: boolean;
    try {
      written = await this.writer.write(row);
    } catch (error) {
      giveBack(deal, request.buyerId, request.quantity);
      deal.answers.delete(answerKeyOf(request));
      throw error;
    }
    if (written) return { ok: true, claimId, quantity: request.quantity, payBy, left: leftOf(deal), repeated: false };
    // Written before by another life of this engine: those units are counted already.
    giveBack(deal, request.buyerId, request.quantity);
    const earlier = await findClaim(this.db, request.hubId, request);
    if (!earlier) throw new Error(`claim ${request.key} neither written nor found`);
    return repeatOf(answerOf(earlier, leftOf(deal)), request.quantity);
  }

  /** The deal's count, read from the database once per engine; concurrent first buys share the read. */
  private deal(hubId: string, dealId: string): Promise<Counted | undefined> {
    let loading = this.deals.get(dealId);
    if (!loading) {
      loading = loadDealCount(this.db, hubId, dealId).then((count) => count && withAnswers(count));
      this.deals.set(dealId, loading);
      // A deal that did not exist may be made later; ask again next time.
      void loading.then((count) => count ?? this.deals.delete(dealId));
    }
    return loading.then((count) => (count?.terms.hubId === hubId ? count : undefined));
  }
}

const leftOf = (deal: DealCount) => deal.terms.quantity - deal.sold;

const answerOf = (claim: WrittenClaim, left: number): BuyOutcome => ({
  ok: true,
  claimId: claim.id,
  quantity: claim.quantity,
  payBy: claim.payBy,
  left,
  repeated: false,
});

/** The count with every written claim's answer ready for a retry that comes after a restart. */
function withAnswers(count: DealCount): Counted {
  const answers = new Map<string, Promise<BuyOutcome>>();
  for (const claim of count.claims) answers.set(answerKeyOf(claim), Promise.resolve(answerOf(claim, leftOf(count))));
  return { ...count, answers };
}

function giveBack(deal: DealCount, buyerId: string, quantity: number): void {
  deal.sold -= quantity;
  deal.byBuyer.set(buyerId, (deal.byBuyer.get(buyerId) ?? 0) - quantity);
}

/** A retry's answer: the first one again, unless the retry asked for another quantity. */
function repeatOf(first: BuyOutcome, quantity: number): BuyOutcome {
  if (!first.ok) return first;
  if (first.quantity !== quantity) return { ok: false, reason: "key_reused" };
  return { ...first, repeated: true };
}
