import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

/** A claim as the database keeps it. */
export type ClaimRow = {
  hubId: string;
  id: string;
  dealId: string;
  buyerId: string;
  quantity: number;
  idempotencyKey: string;
  payBy: string;
};

type Waiting = { row: ClaimRow; done: (inserted: boolean, error?: Error) => void };

// One transaction carries at most this many claims; a burst larger than that is several commits.
const MAX_BATCH = 1000;

/**
 * Writes claims in group commits: the claims that arrive while one transaction runs go
 * together in the next, so a burst of buyers costs a few commits, not one each. `write`
 * resolves only once the transaction holding the claim has committed: true when it wrote the
 * claim, false when the same deal, buyer and key were there already (a retry, a replayed stream).
 */
export class GroupCommit {
  private queue: Waiting[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly db: Db) {}

  write(row: ClaimRow): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, done: (inserted, error) => (error ? reject(error) : resolve(inserted)) });
      this.flushing ??= this.flushAll();
    });
  }

  /** Resolves when every claim handed in so far is written (or has failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushAll(): Promise<void> {
    // Let the requests of this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const written = await insertClaims(
          this.db,
          batch.map((waiting) => waiting.row),
        );
        for (const waiting of batch) waiting.done(written.has(waiting.row.id));
      } catch (error) {
        for (const waiting of batch) waiting.done(false, error as Error);
      }
    }
    this.flushing = undefined;
  }
}

/** Inserts claims, skipping those already there; answers the ids it wrote. */
export async function insertClaims(db: Db, rows: ClaimRow[]): Promise<Set<string>> {
  const written = await queryRows<{ id: string }>(
    db,
    sql`insert into flash_claims (hub_id, id, deal_id, buyer_id, quantity, idempotency_key, pay_by)
        select c."hubId", c.id, c."dealId", c."buyerId", c.quantity, c."idempotencyKey", c."payBy"
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as c("hubId" uuid, id uuid, "dealId" uuid, "buyerId" text, quantity int, "idempotencyKey" text, "payBy" timestamptz)
        on conflict (deal_id, buyer_id, idempotency_key) do nothing
        returning id`,
  );
  return new Set(written.map((row) => row.id));
}
