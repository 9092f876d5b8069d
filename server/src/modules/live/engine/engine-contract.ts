import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import type { Database } from "../../../db/connection.js";
import { claimsInDatabase, testDeal } from "./test-deal.js";
import type { BuyOutcome, InventoryEngine } from "./types.js";

/**
 * The tests every inventory engine passes, the same for each: the rejections, retries,
 * expiry, a restart, concurrent bursts and a property over random interleavings.
 */
export function describeEngine(
  name: string,
  makeEngine: (database: Database) => Promise<InventoryEngine>,
  options: { skip?: boolean } = {},
): void {
  describe.skipIf(options.skip === true)(`the ${name} inventory engine`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await testDatabase();
    });
    afterAll(() => database.close());

    const fresh = async (quantity: number, perBuyerLimit: number) => {
      const deal = await testDeal(database.db, { quantity, perBuyerLimit });
      return { ...deal, engine: await makeEngine(database) };
    };

    it("refuses a zero quantity, an unknown deal, before the start, after the end and over the limit", async () => {
      const { hubId, dealId, startsAt, endsAt, engine } = await fresh(5, 3);
      const buy = (quantity: number, extra: { at?: Date; dealId?: string; key?: string } = {}) =>
        engine.buy({
          hubId,
          dealId: extra.dealId ?? dealId,
          buyerId: "b1",
          quantity,
          key: extra.key ?? `k${quantity}`,
          at: extra.at,
        });
      expect(await buy(0)).toEqual({ ok: false, reason: "quantity_invalid" });
      expect(await buy(1, { dealId: "00000000-0000-4000-8000-000000000000" })).toEqual({
        ok: false,
        reason: "deal_not_found",
      });
      expect(await buy(1, { at: new Date(startsAt.getTime() - 1) })).toEqual({ ok: false, reason: "deal_not_started" });
      expect(await buy(1, { at: endsAt })).toEqual({ ok: false, reason: "deal_ended" });
      expect(await buy(4)).toMatchObject({ ok: false, reason: "over_limit", left: 5 });
      expect(await buy(3)).toMatchObject({ ok: true, quantity: 3, left: 2 });
      expect(await buy(1, { key: "another" })).toMatchObject({ ok: false, reason: "over_limit" });
      await engine.close();
      expect((await claimsInDatabase(database.db, hubId, dealId)).sold).toBe(3);
    });

    it("answers a retry with the first claim, and a reused key with another quantity as such", async () => {
      const { hubId, dealId, engine } = await fresh(5, 5);
      const request = { hubId, dealId, buyerId: "b1", quantity: 2, key: "tap-1" };
      const [first, second] = await Promise.all([engine.buy(request), engine.buy(request)]);
      expect(first).toMatchObject({ ok: true, repeated: false });
      expect(second).toMatchObject({ ok: true, repeated: true, claimId: (first as { claimId: string }).claimId });
      expect(await engine.buy({ ...request, quantity: 3 })).toEqual({ ok: false, reason: "key_reused" });
      expect(await engine.left(hubId, dealId)).toBe(3);
      await engine.close();
    });

    it("counts from the database after a restart: the same retry, the units left, expiry giving units back", async () => {
      const { hubId, dealId, engine } = await fresh(3, 3);
      const first = await engine.buy({ hubId, dealId, buyerId: "b1", quantity: 3, key: "k" });
      await engine.close();
      const again = await makeEngine(database);
      expect(await again.buy({ hubId, dealId, buyerId: "b1", quantity: 3, key: "k" })).toMatchObject({
        ok: true,
        repeated: true,
        claimId: (first as { claimId: string }).claimId,
      });
      expect(await again.buy({ hubId, dealId, buyerId: "b2", quantity: 1, key: "k" })).toMatchObject({
        reason: "sold_out",
      });
      const claimId = (first as { claimId: string }).claimId;
      expect(await again.expire(hubId, claimId, new Date())).toBe(false);
      expect(await again.expire(hubId, claimId, new Date(Date.now() + 3_600_000))).toBe(true);
      expect(await again.expire(hubId, claimId, new Date(Date.now() + 3_600_000))).toBe(false);
      expect(await again.left(hubId, dealId)).toBe(3);
      expect(await again.buy({ hubId, dealId, buyerId: "b2", quantity: 3, key: "k" })).toMatchObject({ ok: true });
      await again.close();
    });

    it("gives an expired claim's units back once when the expiry races a restarted engine's first buy", async () => {
      // Found by the property below: the count read after the expiry lacked the claim already.
      const { hubId, dealId, engine } = await fresh(6, 3);
      const first = await engine.buy({ hubId, dealId, buyerId: "b2", quantity: 1, key: "k0" });
      await engine.close();
      const again = await makeEngine(database);
      const later = new Date(Date.now() + 3_600_000);
      const [, retried] = await Promise.all([
        again.expire(hubId, (first as { claimId: string }).claimId, later),
        again.buy({ hubId, dealId, buyerId: "b2", quantity: 4, key: "k1" }),
      ]);
      expect(retried).toMatchObject({ ok: false, reason: "over_limit" });
      expect(await again.left(hubId, dealId)).toBe(6);
      await again.close();
    });

    it("sells exactly the quantity to a burst of buyers, each acknowledged claim in the database", async () => {
      const { hubId, dealId, engine } = await fresh(100, 2);
      const buyers = Array.from({ length: 300 }, (_, i) => `buyer-${i}`);
      const outcomes = await Promise.all(
        buyers.map((buyerId, i) => engine.buy({ hubId, dealId, buyerId, quantity: 1 + (i % 2), key: "tap" })),
      );
      await engine.close();
      const accepted = outcomes.filter((o): o is Extract<BuyOutcome, { ok: true }> => o.ok);
      const stored = await claimsInDatabase(database.db, hubId, dealId);
      expect(stored.sold).toBe(accepted.reduce((sum, o) => sum + o.quantity, 0));
      expect(stored.sold).toBeLessThanOrEqual(100);
      expect(stored.sold).toBeGreaterThanOrEqual(99);
      for (const o of accepted) expect(stored.ids.has(o.claimId)).toBe(true);
    });

    // 25 random histories, each on a fresh deal: seconds alone, longer on a busy 2-core machine.
    it("keeps sold ≤ quantity, the limit, and every acknowledged claim, over any interleaving of buys, retries, expiries and restarts", {
      timeout: 180_000,
    }, async () => {
      const step = fc.oneof(
        fc.record({
          kind: fc.constant("buy" as const),
          buyer: fc.integer({ min: 0, max: 4 }),
          quantity: fc.integer({ min: 0, max: 4 }),
          key: fc.integer({ min: 0, max: 3 }),
        }),
        fc.record({ kind: fc.constant("expire" as const), pick: fc.nat() }),
        fc.record({ kind: fc.constant("restart" as const) }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(step, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
          async (rounds) => {
            const { hubId, dealId } = await testDeal(database.db, { quantity: 6, perBuyerLimit: 3 });
            let engine = await makeEngine(database);
            const acknowledged: string[] = [];
            const later = new Date(Date.now() + 3_600_000);
            for (const round of rounds) {
              // The steps of a round run at once, as concurrent requests do.
              await Promise.all(
                round.map(async (s) => {
                  if (s.kind === "buy") {
                    const outcome = await engine.buy({
                      hubId,
                      dealId,
                      buyerId: `b${s.buyer}`,
                      quantity: s.quantity,
                      key: `k${s.key}`,
                    });
                    if (outcome.ok) acknowledged.push(outcome.claimId);
                  } else if (s.kind === "expire" && acknowledged.length > 0) {
                    await engine.expire(hubId, acknowledged[s.pick % acknowledged.length] as string, later);
                  }
                }),
              );
              if (round.some((s) => s.kind === "restart")) {
                await engine.close();
                engine = await makeEngine(database);
              }
            }
            await engine.close();
            const stored = await claimsInDatabase(database.db, hubId, dealId);
            expect(stored.sold).toBeLessThanOrEqual(6);
            for (const units of stored.byBuyer.values()) expect(units).toBeLessThanOrEqual(3);
            for (const id of acknowledged) expect(stored.ids.has(id)).toBe(true);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
}
