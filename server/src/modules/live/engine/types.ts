/** A flash deal as the engine counts it. */
export type DealTerms = {
  hubId: string;
  id: string;
  quantity: number;
  perBuyerLimit: number;
  startsAt: Date;
  endsAt: Date;
};

export type BuyRequest = {
  hubId: string;
  dealId: string;
  buyerId: string;
  quantity: number;
  /** The request's Idempotency-Key: a retry with the same key gets the same claim. */
  key: string;
  /** When the buy happens; now unless a test says otherwise. */
  at?: Date;
};

export type BuyRefusal =
  | "deal_not_found"
  | "deal_not_started"
  | "deal_ended"
  | "sold_out"
  | "over_limit"
  | "quantity_invalid"
  /** The same Idempotency-Key came with a different quantity. */
  | "key_reused";

export type BuyOutcome =
  | {
      ok: true;
      claimId: string;
      quantity: number;
      /** ISO time by which the claim must be paid, or it expires and its units go back. */
      payBy: string;
      /** Units of the deal left once this claim was counted. */
      left: number;
      /** True when this answers a retry of a request already accepted. */
      repeated: boolean;
    }
  | { ok: false; reason: BuyRefusal; left?: number };

/**
 * Counts a flash deal's units as buyers take them. Every implementation keeps three promises,
 * whatever the interleaving of buys, retries, expiries and restarts: units sold never exceed
 * the deal's quantity, no buyer gets more than the per-buyer limit, and every claim it
 * acknowledged (an `ok: true` answer) is in the database.
 */
export interface InventoryEngine {
  readonly name: "in-process" | "redis";
  buy(request: BuyRequest): Promise<BuyOutcome>;
  /** Gives back the units of an accepted claim whose pay-by time has passed; false if it was not such a claim. */
  expire(hubId: string, claimId: string, at?: Date): Promise<boolean>;
  /** Units of the deal not yet claimed (undefined for no such deal). */
  left(hubId: string, dealId: string): Promise<number | undefined>;
  /** Finishes the writes under way; the engine takes no more buys. */
  close(): Promise<void>;
}

/** How long a buyer has to pay before the claim expires. */
export const PAY_WITHIN_MS = 15 * 60_000;
