import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import type { Database } from "../../../db/connection.js";
import { RedisEngine } from "./redis.js";
import { testDeal } from "./test-deal.js";

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

  it("expire a day after the deal ends, and a deal whose keys are gone is counted from the database again", async () => {
    const { hubId, dealId, endsAt } = await testDeal(database.db, { quantity: 5, perBuyerLimit: 3 });
    const engine = RedisEngine.connect(database.db, url as string);
    const buy = (buyerId: string, quantity: number, key: string) =>
      engine.buy({ hubId, dealId, buyerId, quantity, key });
    expect(await buy("b1", 3, "k1")).toMatchObject({ ok: true, left: 2 });
    const keys = ["terms", "buyers", "answers", "claims"].map((name) => `{deal:${dealId}}:${name}`);
    for (const key of keys) expect(await redis.pexpiretime(key)).toBe(endsAt.getTime() + 86_400_000);
    await redis.del(...keys);
    expect(await engine.left(hubId, dealId)).toBe(2);
    await redis.del(...keys);
    expect(await buy("b1", 1, "k2")).toMatchObject({ ok: false, reason: "over_limit" });
    expect(await buy("b1", 3, "k1")).toMatchObject({ ok: true, repeated: true });
    expect(await buy("b2", 2, "k1")).toMatchObject({ ok: true, left: 0 });
    await engine.close();
  });
});
