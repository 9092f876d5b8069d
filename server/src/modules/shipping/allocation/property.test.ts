/**
 * The allocation as properties over random small days: a few carriers (one express) with
 * random prices, tiers, capacities and places they do not serve; parcels of random weight,
 * destination, shop and service; a shop allowing only some carriers. Checked from outside,
 * with the rate cards' own list prices: every parcel placed once or reported with a true
 * reason, capacity, reachability and preferences held, prices as the reached tiers say,
 * never worse than the greedy plan, no worse than the per-parcel cheapest choice whenever
 * that choice fits capacity, and — on days small enough to try every assignment — exactly
 * the optimum.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carrierByCode } from "../carriers.js";
import { listPrice, tierAt } from "../rates/price.js";
import type { RateCard } from "../rates/schema.js";
import { flat, stepped, testCard } from "../rates/test-cards.js";
import { allocateParcels } from "./allocate.js";
import type { AllocationParcel, AllocationResult, ShopPreferences } from "./types.js";

const PROVINCES = ["33", "44", "65"] as const;
const CODES = ["SF", "YTO", "ZTO"] as const;
const SHOPS = ["s1", "s2", "s3"] as const;

const cardArbitrary = (carrier: string) =>
  fc
    .record({
      halfKg: fc.boolean(),
      capacity: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
      thresholds: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
      discounts: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
      places: fc.tuple(
        ...PROVINCES.map(() =>
          fc.option(
            fc.record({
              flatFen: fc.integer({ min: 100, max: 400 }),
              firstFen: fc.integer({ min: 150, max: 700 }),
              perKgFen: fc.integer({ min: 0, max: 250 }),
            }),
            { freq: 6, nil: undefined },
          ),
        ),
      ),
    })
    .map(({ halfKg, capacity, thresholds, discounts, places }) => {
      const count = Math.min(thresholds.length, discounts.length);
      const sortedThresholds = [...thresholds].sort((a, b) => a - b).slice(0, count);
      const sortedDiscounts = [...discounts].sort((a, b) => a - b).slice(0, count);
      return testCard(carrier, [flat(1, 200), stepped(1, 300, 100)], {
        weightStepGrams: halfKg ? 500 : 1000,
        dailyCapacity: capacity,
        tiers: sortedThresholds.map((minParcels, i) => ({ minParcels, discountFen: sortedDiscounts[i] as number })),
        destinations: PROVINCES.map((province, i) => {
          const place = places[i];
          if (!place) return { province, served: false as const };
          return {
            province,
            served: true as const,
            bands: [flat(1, place.flatFen), stepped(1, place.firstFen, place.perKgFen, 20)],
          };
        }),
      });
    });

const dayArbitrary = (maxParcels: number) =>
  fc
    .record({
      carriers: fc.subarray([...CODES], { minLength: 1 }),
      parcels: fc.array(
        fc.record({
          weightGrams: fc.oneof(
            { weight: 12, arbitrary: fc.integer({ min: 1, max: 3500 }) },
            { weight: 1, arbitrary: fc.constantFrom(0, 25_000) },
          ),
          provinceCode: fc.constantFrom(...PROVINCES),
          shopId: fc.constantFrom(...SHOPS),
          express: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        }),
        { minLength: 1, maxLength: maxParcels },
      ),
      s3Allows: fc.subarray([...CODES], { minLength: 1 }),
    })
    .chain(({ carriers, parcels, s3Allows }) =>
      fc.tuple(...carriers.map(cardArbitrary)).map((cards) => ({
        cards,
        preferences: { s3: s3Allows } as ShopPreferences,
        parcels: parcels.map(
          (p, i): AllocationParcel => ({
            id: `p${String(i).padStart(2, "0")}`,
            shopId: p.shopId,
            weightGrams: p.weightGrams,
            provinceCode: p.provinceCode,
            ...(p.express ? { service: "express" as const } : {}),
          }),
        ),
      })),
    );

type Day = { cards: RateCard[]; parcels: AllocationParcel[]; preferences: ShopPreferences };

/** The carriers a parcel may go with and their list prices, straight from the cards and the rules. */
function optionsOf(day: Day, parcel: AllocationParcel): Map<string, number> {
  const allowed = day.preferences[parcel.shopId];
  const options = new Map<string, number>();
  for (const card of day.cards) {
    const priced = listPrice(card, parcel);
    if (!priced.ok) continue;
    if (allowed && !allowed.includes(card.carrier)) continue;
    if (parcel.service === "express" && carrierByCode(card.carrier)?.service !== "express") continue;
    options.set(card.carrier, priced.price.listFen);
  }
  return options;
}

function checkInvariants(day: Day, result: AllocationResult): void {
  const ids = [...result.parcels.map((p) => p.parcelId), ...result.unallocated.map((u) => u.parcelId)];
  expect(ids.sort()).toEqual(day.parcels.map((p) => p.id).sort());
  const byId = new Map(day.parcels.map((p) => [p.id, p]));
  const volume = new Map<string, number>();
  for (const placed of result.parcels) volume.set(placed.carrier, (volume.get(placed.carrier) ?? 0) + 1);
  for (const card of day.cards) {
    const carried = volume.get(card.carrier) ?? 0;
    if (card.dailyCapacity !== null) expect(carried).toBeLessThanOrEqual(card.dailyCapacity);
  }
  for (const placed of result.parcels) {
    const options = optionsOf(day, byId.get(placed.parcelId) as AllocationParcel);
    expect(options.get(placed.carrier)).toBe(placed.listFen);
    const card = day.cards.find((c) => c.carrier === placed.carrier) as RateCard;
    expect(placed.discountFen).toBe(tierAt(card.tiers, volume.get(card.carrier) ?? 0)?.discountFen ?? 0);
    expect(placed.priceFen).toBe(placed.listFen - placed.discountFen);
  }
  for (const left of result.unallocated)
    checkReason(day, byId.get(left.parcelId) as AllocationParcel, left.reason, volume);
  expect(result.totalFen).toBe(result.parcels.reduce((sum, p) => sum + p.priceFen, 0));
  expect(result.shops.reduce((sum, s) => sum + s.payFen, 0)).toBe(result.totalFen);
  expect(result.shops.reduce((sum, s) => sum + s.savingFen, 0)).toBe(result.savingFen);
}

function checkReason(day: Day, parcel: AllocationParcel, reason: string, volume: Map<string, number>): void {
  const options = optionsOf(day, parcel);
  if (reason === "parcel_capacity_full") {
    // Left over only if every carrier it could use is full.
    expect(options.size).toBeGreaterThan(0);
    for (const carrier of options.keys()) {
      const card = day.cards.find((c) => c.carrier === carrier) as RateCard;
      expect(volume.get(carrier) ?? 0).toBe(card.dailyCapacity);
    }
  } else expect(options.size).toBe(0);
  if (reason === "parcel_weight_invalid") expect(parcel.weightGrams).toBeLessThan(1);
  if (reason === "parcel_not_served")
    for (const card of day.cards)
      expect(listPrice(card, parcel)).toMatchObject({ ok: false, reason: "parcel_not_served" });
}

/** Every assignment of every parcel (or none): the most parcels placed, then the least cost with tiers. */
function bruteForce(day: Day): { placed: number; cost: number } {
  const choices = day.parcels.map((parcel) => [...optionsOf(day, parcel).entries()]);
  const cards = new Map(day.cards.map((card) => [card.carrier, card]));
  let best = { placed: -1, cost: 0 };
  const counts = new Map<string, number>();
  const chosen: [string, number][] = [];
  const visit = (i: number) => {
    if (i === choices.length) {
      let cost = 0;
      for (const [carrier, listFen] of chosen)
        cost += listFen - (tierAt((cards.get(carrier) as RateCard).tiers, counts.get(carrier) ?? 0)?.discountFen ?? 0);
      if (chosen.length > best.placed || (chosen.length === best.placed && cost < best.cost))
        best = { placed: chosen.length, cost };
      return;
    }
    visit(i + 1);
    for (const [carrier, listFen] of choices[i] ?? []) {
      const carried = counts.get(carrier) ?? 0;
      const capacity = (cards.get(carrier) as RateCard).dailyCapacity;
      if (capacity !== null && carried >= capacity) continue;
      counts.set(carrier, carried + 1);
      chosen.push([carrier, listFen]);
      visit(i + 1);
      chosen.pop();
      counts.set(carrier, carried);
    }
  };
  visit(0);
  return best;
}

describe("allocation properties", () => {
  it("places each parcel once within every rule, no worse than greedy or than the per-parcel cheapest that fits", async () => {
    await fc.assert(
      fc.asyncProperty(dayArbitrary(30), async (day) => {
        const result = await allocateParcels(day);
        checkInvariants(day, result);
        expect(result.totalFen).toBeLessThanOrEqual(result.solver.greedyValue);
        if (result.solver.lowerBound !== null)
          expect(result.solver.lowerBound).toBeLessThanOrEqual(result.totalFen + 1e-6);
        const { baseline } = result;
        expect(baseline.cheapestAtTiersFen).toBeLessThanOrEqual(baseline.cheapestListFen);
        const noneLeftForCapacity = result.unallocated.every((u) => u.reason !== "parcel_capacity_full");
        if (baseline.cheapestFitsCapacity && noneLeftForCapacity) {
          expect(result.solver.greedyValue).toBeLessThanOrEqual(baseline.cheapestAtTiersFen);
          expect(result.totalFen).toBeLessThanOrEqual(baseline.cheapestAtTiersFen);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("finds the optimum that trying every assignment finds, with integer volumes solved to a zero gap", async () => {
    await fc.assert(
      fc.asyncProperty(dayArbitrary(6), async (day) => {
        const result = await allocateParcels(day, { volumes: "integer", relativeGap: 0 });
        checkInvariants(day, result);
        const best = bruteForce(day);
        expect(result.parcels.length).toBe(best.placed);
        expect(result.totalFen).toBe(best.cost);
        if (result.solver.milpValue !== null)
          expect(result.solver.milpValue).toBeLessThanOrEqual(result.solver.greedyValue);
      }),
      { numRuns: 150 },
    );
  });
});
