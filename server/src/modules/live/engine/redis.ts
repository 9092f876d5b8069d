import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Db } from "../../../db/connection.js";
import { answerKeyOf, claimRowOf, loadDealCount, type WrittenClaim } from "./deals.js";
import { dealOfClaim, expireClaim } from "./expiry.js";
import { GroupCommit, insertClaims } from "./group-commit.js";
import { BuyBatches } from "./redis-batch.js";
import { BUY, GIVE_BACK, INIT } from "./redis-scripts.js";
import { type BuyOutcome, type BuyRefusal, type BuyRequest, type InventoryEngine, PAY_WITHIN_MS } from "./types.js";

type Keys = [terms: string, buyers: string, answers: string, claims: string];
type Script = (...keysThenArgs: (string | number)[]) => Promise<unknown>;
type Scripts = { flashInit: Script; flashBuy: Script; flashGiveBack: Script };

/**
 * The scripts as commands of the client: ioredis runs them by SHA1 (EVALSHA) and sends a
 * script's text only when Redis does not know it yet, instead of its whole text on every buy.
 */
function withScripts(redis: Redis): Redis & Scripts {
  redis.defineCommand("flashInit", { numberOfKeys: 4, lua: INIT });
  redis.defineCommand("flashBuy", { numberOfKeys: 4, lua: BUY });
  redis.defineCommand("flashGiveBack", { numberOfKeys: 4, lua: GIVE_BACK });
  return redis as Redis & Scripts;
}

/** A deal's keys, all with the hash tag {deal:<id>} (one Redis Cluster shard a deal). */
export const keysOf = (dealId: string): Keys => {
  const tag = `{deal:${dealId}}`;
  return [`${tag}:terms`, `${tag}:buyers`, `${tag}:answers`, `${tag}:claims`];
};

/**
 * The engine for several servers: Redis counts each deal (a Lua script checks the window, the
 * limit and the stock and takes the units in one atomic step, and appends the claim to the
 * deal's stream), then the claim is written to PostgreSQL by group commit and only then is the
 * buyer answered. A claim Redis took whose server died before the commit is in the stream: the
 * next engine to touch the deal writes it, and a retry of the request finds and writes it too.
 */
export class RedisEngine implements InventoryEngine {
  readonly name = "redis";
  private readonly writer: GroupCommit;
  private readonly ready = new Map<string, Promise<boolean>>();
  private readonly redis: Redis & Scripts;
  private readonly batches: BuyBatches;
  private closed = false;

  constructor(
    private readonly db: Db,
    redis: Redis,
  ) {
    this.writer = new GroupCommit(db);
    this.redis = withScripts(redis);
    this.batches = new BuyBatches((dealId, args) => this.redis.flashBuy(...keysOf(dealId), ...args));
  }

  static connect(db: Db, url: string): RedisEngine {
    return new RedisEngine(db, new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false }));
  }

  async buy(request: BuyRequest, recounted = false): Promise<BuyOutcome> {
    if (this.closed) throw new Error("the inventory engine is closed");
    if (!(await this.prepare(request.hubId, request.dealId))) return { ok: false, reason: "deal_not_found" };
    if (!Number.isInteger(request.quantity) || request.quantity < 1) return { ok: false, reason: "quantity_invalid" };
    const claimId = randomUUID();
    const payBy = new Date((request.at ?? new Date()).getTime() + PAY_WITHIN_MS).toISOString();
    const claim: WrittenClaim = {
      id: claimId,
      buyerId: request.buyerId,
      key: request.key,
      quantity: request.quantity,
      payBy,
    };
    const [outcome, detail] = await this.batches.buy(request.dealId, [
      request.buyerId,
      request.quantity,
      answerKeyOf(request),
      JSON.stringify(claim),
      (request.at ?? new Date()).getTime(),
    ]);
    if (outcome === "missing" && !recounted) {
      this.ready.delete(request.dealId);
      return this.buy(request, true);
    }
    if (outcome === "repeat") return this.repeat(request, JSON.parse(String(detail)) as WrittenClaim);
    if (outcome === "deal_not_started" || outcome === "deal_ended") return { ok: false, reason: outcome };
    if (outcome !== "ok") return { ok: false, reason: outcome as BuyRefusal, left: Number(detail) };
    await this.writer.write(claimRowOf(request, claim));
    return { ok: true, claimId, quantity: request.quantity, payBy, left: Number(detail), repeated: false };
  }

  async expire(hubId: string, claimId: string, at = new Date()): Promise<boolean> {
    const dealId = await dealOfClaim(this.db, hubId, claimId);
    if (!dealId || !(await this.prepare(hubId, dealId))) return false;
    const expired = await expireClaim(this.db, hubId, claimId, at);
    if (!expired) return false;
    await this.redis.flashGiveBack(...keysOf(expired.dealId), expired.buyerId, expired.quantity);
    return true;
  }

  async left(hubId: string, dealId: string): Promise<number | undefined> {
    if (!(await this.prepare(hubId, dealId))) return undefined;
    let [quantity, sold] = await this.redis.hmget(keysOf(dealId)[0], "quantity", "sold");
    if (quantity === null) {
      // The deal's keys expired: count it from the database again.
      this.ready.delete(dealId);
      if (!(await this.prepare(hubId, dealId))) return undefined;
      [quantity, sold] = await this.redis.hmget(keysOf(dealId)[0], "quantity", "sold");
    }
    return Number(quantity) - Number(sold);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.writer.drain();
    this.redis.disconnect();
  }

  /** A retry: the first answer, once its claim is surely in the database (its server may have died before writing it). */
  private async repeat(request: BuyRequest, first: WrittenClaim): Promise<BuyOutcome> {
    if (first.quantity !== request.quantity) return { ok: false, reason: "key_reused" };
    await this.writer.write(claimRowOf(request, first));
    const left = await this.left(request.hubId, request.dealId);
    return {
      ok: true,
      claimId: first.id,
      quantity: first.quantity,
      payBy: first.payBy,
      left: left ?? 0,
      repeated: true,
    };
  }

  /**
   * Makes sure Redis counts the deal: from the database the first time any server touches it
   * (atomically, so two servers starting together count once), and the claims of the deal's
   * stream written, so none a dead server left behind stays only in Redis. Once per engine.
   */
  private prepare(hubId: string, dealId: string): Promise<boolean> {
    let ready = this.ready.get(dealId);
    if (!ready) {
      ready = this.load(hubId, dealId);
      this.ready.set(dealId, ready);
      void ready.then((found) => found || this.ready.delete(dealId));
    }
    return ready;
  }

  private async load(hubId: string, dealId: string): Promise<boolean> {
    const count = await loadDealCount(this.db, hubId, dealId);
    if (!count) return false;
    const keys = keysOf(dealId);
    const { terms } = count;
    await this.redis.flashInit(
      ...keys,
      terms.quantity,
      terms.perBuyerLimit,
      terms.startsAt.getTime(),
      terms.endsAt.getTime(),
      count.sold,
      count.byBuyer.size,
      ...[...count.byBuyer].flat(),
      count.claims.length,
      ...count.claims.flatMap((claim) => [answerKeyOf(claim), JSON.stringify(claim)]),
    );
    const entries = await this.redis.xrange(keys[3], "-", "+");
    // An entry holds the claims of one script call, as `claim` fields.
    const left = entries.flatMap(([, fields]) =>
      fields.filter((_, i) => i % 2 === 1).map((json) => JSON.parse(json) as WrittenClaim),
    );
    if (left.length > 0)
      await insertClaims(
        this.db,
        left.map((claim) => claimRowOf({ hubId, dealId }, claim)),
      );
    return true;
  }
}
