import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import type { Database } from "../../../db/connection.js";
import { answerKeyOf } from "./deals.js";
import { keysOf, RedisEngine } from "./redis.js";
import { BUY, INIT } from "./redis-scripts.js";
import { claimsInDatabase, testDeal } from "./test-deal.js";

const url = process.env.REDIS_URL;
if (!url) console.warn("skipping the Redis deal keys' tests: REDIS_URL is not set (CI sets it)");

describe.skipIf(!url)("a deal's Redis keys", () => {
  let database: Database;
  let redis: Redis;
  beforeAll(async () => {
    database = await testDatabase();
    redis = new Redis(url as string);
  });
  afterAll(async () => {
    redis.disconnect();
    await database.close();
  });

  /** A deal that an engine has counted into Redis, and that engine closed again. */
  async function countedDeal(quantity: number, perBuyerLimit: number) {
    const deal = await testDeal(database.db, { quantity, perBuyerLimit });
    const engine = RedisEngine.connect(database.db, url as string);
    expect(await engine.left(deal.hubId, deal.dealId)).toBe(quantity);
    await engine.close();
    return deal;
  }

  it("expire a day after the deal ends, and a deal whose keys are gone is counted from the database again", async () => {
    const { hubId, dealId, endsAt } = await testDeal(database.db, { quantity: 5, perBuyerLimit: 3 });
    const engine = RedisEngine.connect(database.db, url as string);
    const buy = (buyerId: string, quantity: number, key: string) =>
      engine.buy({ hubId, dealId, buyerId, quantity, key });
    expect(await buy("b1", 3, "k1")).toMatchObject({ ok: true, left: 2 });
    const keys = keysOf(dealId);
    for (const key of keys) expect(await redis.pexpiretime(key)).toBe(endsAt.getTime() + 86_400_000);
    await redis.del(...keys);
    expect(await engine.left(hubId, dealId)).toBe(2);
    await redis.del(...keys);
    expect(await buy("b1", 1, "k2")).toMatchObject({ ok: false, reason: "over_limit" });
    expect(await buy("b1", 3, "k1")).toMatchObject({ ok: true, repeated: true });
    expect(await buy("b2", 2, "k1")).toMatchObject({ ok: true, left: 0 });
    await engine.close();
  });

  it("writes the claims a dead server took in Redis but never committed, when the next engine opens the deal", async () => {
    const { hubId, dealId } = await countedDeal(5, 3);
    // What a server's script call did before it died: two claims taken, neither written to PostgreSQL.
    const keys = keysOf(dealId);
    const taken = ["c1", "c2"].map((key, i) => ({
      id: randomUUID(),
      buyerId: `b${i}`,
      key,
      quantity: 2,
      payBy: new Date(Date.now() + 900_000).toISOString(),
    }));
    const now = Date.now();
    const args = taken.flatMap((claim) => [claim.buyerId, 2, answerKeyOf(claim), JSON.stringify(claim), now]);
    expect(await redis.eval(BUY, 4, ...keys, ...args)).toEqual(["ok", 3, "ok", 1]);
    expect((await claimsInDatabase(database.db, hubId, dealId)).sold).toBe(0);

    const next = RedisEngine.connect(database.db, url as string);
    expect(await next.left(hubId, dealId)).toBe(1);
    const stored = await claimsInDatabase(database.db, hubId, dealId);
    expect([...stored.ids].sort()).toEqual(taken.map((claim) => claim.id).sort());
    expect(await next.buy({ hubId, dealId, buyerId: "b0", quantity: 2, key: "c1" })).toMatchObject({
      ok: true,
      repeated: true,
      claimId: taken[0]?.id,
    });
    await next.close();
  });

  it("decides each buy of a script call exactly as a call of its own would, in order", async () => {
    const now = Date.now();
    let deals = 0;
    const freshDeal = async (quantity: number, limit: number, earlier: number) => {
      const keys = keysOf(`test-${process.pid}-${deals}`);
      deals += 1;
      await redis.del(...keys);
      // b0 bought `earlier` units before, with the key k0.
      const before = earlier > 0 ? [1, "b0", earlier, 1, "b0\u0000k0", '{"earlier":true}'] : [0, 0];
      await redis.eval(INIT, 4, ...keys, quantity, limit, now - 1_000, now + 60_000, earlier, ...before);
      return keys;
    };
    const stateOf = async ([terms, buyers, answers, claims]: ReturnType<typeof keysOf>) => [
      await redis.hget(terms, "sold"),
      await redis.hgetall(buyers),
      await redis.hgetall(answers),
      (await redis.xrange(claims, "-", "+")).flatMap(([, fields]) => fields.filter((_, i) => i % 2 === 1)),
    ];
    const buy = fc.record({
      buyer: fc.integer({ min: 0, max: 3 }),
      key: fc.integer({ min: 0, max: 2 }),
      quantity: fc.integer({ min: 1, max: 4 }),
      when: fc.constantFrom(now - 2_000, now, now, now + 70_000),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1 }),
        fc.array(buy, { minLength: 1, maxLength: 15 }),
        async (quantity, limit, earlier, buys) => {
          const args = buys.map((b, i) => [
            `b${b.buyer}`,
            b.quantity,
            `b${b.buyer}\u0000k${b.key}`,
            `{"i":${i}}`,
            b.when,
          ]);
          const together = await freshDeal(quantity, limit, earlier);
          const alone = await freshDeal(quantity, limit, earlier);
          const batch = await redis.eval(BUY, 4, ...together, ...args.flat());
          const oneByOne: unknown[] = [];
          for (const one of args) oneByOne.push(...((await redis.eval(BUY, 4, ...alone, ...one)) as unknown[]));
          expect(batch).toEqual(oneByOne);
          expect(await stateOf(together)).toEqual(await stateOf(alone));
          await redis.del(...together, ...alone);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses a call of more buys than its writes can hold before writing anything", async () => {
    const { dealId } = await countedDeal(5_000, 5);
    const keys = keysOf(dealId);
    const now = Date.now();
    const args = Array.from({ length: 1_001 }, (_, i) => [`b${i}`, 1, `b${i}\u0000k`, `{"i":${i}}`, now]);
    await expect(redis.eval(BUY, 4, ...keys, ...args.flat())).rejects.toThrow(/more than 1000 buys/);
    expect(await redis.hget(keys[0], "sold")).toBe("0");
    expect(await redis.exists(keys[3])).toBe(0);
  });
});
