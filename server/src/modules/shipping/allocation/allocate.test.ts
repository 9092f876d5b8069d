import { describe, expect, it } from "vitest";
import { flat, stepped, testCard } from "../rates/test-cards.js";
import { allocateParcels } from "./allocate.js";
import type { AllocationObjective } from "./objective.js";
import type { MilpSolver } from "./solver.js";
import type { AllocationParcel, AllocationResult } from "./types.js";

/** ZTO 1.50 to Zhejiang and 1.80 to Guangdong, 0.12 off every parcel from 10 a day; YTO 1.45 and 1.70, no tiers. */
function twoCarriers(capacity: { ZTO?: number; YTO?: number } = {}) {
  const zto = testCard("ZTO", [flat(3, 150), stepped(1, 300, 100)], {
    destinations: [{ province: "44", served: true, bands: [flat(3, 180), stepped(1, 400, 100)] }],
    tiers: [{ minParcels: 10, discountFen: 12 }],
    dailyCapacity: capacity.ZTO ?? null,
  });
  const yto = testCard("YTO", [flat(3, 145), stepped(1, 300, 100)], {
    destinations: [{ province: "44", served: true, bands: [flat(3, 170), stepped(1, 400, 100)] }],
    dailyCapacity: capacity.YTO ?? null,
  });
  return [zto, yto];
}

/** Six parcels to Zhejiang (shop a), four to Guangdong (one from shop a, three from shop b). */
function tenParcels(): AllocationParcel[] {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `p${i}`,
    shopId: i < 7 ? "a" : "b",
    weightGrams: 300 + i * 100,
    provinceCode: i < 6 ? "330000" : "440000",
    cityCode: i < 6 ? "330700" : "440100",
  }));
}

const byCarrier = (result: AllocationResult) =>
  Object.fromEntries(result.carriers.map((carrier) => [carrier.carrier, carrier.parcels]));

describe("allocateParcels", () => {
  it("sends everything to the dearer carrier when its volume tier makes the day cheaper", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() });
    // Per parcel, YTO is cheapest: 6 × 1.45 + 4 × 1.70 = 15.50. All ten with ZTO reach its tier:
    // 6 × (1.50 − 0.12) + 4 × (1.80 − 0.12) = 8.28 + 6.72 = 15.00. Any split misses the tier.
    expect(result.totalFen).toBe(1500);
    expect(result.baseline).toEqual({ cheapestListFen: 1550, cheapestAtTiersFen: 1550, cheapestFitsCapacity: true });
    expect(result.solver).toMatchObject({ method: "milp", status: "optimal" });
    expect(result.parcels.map((p) => [p.parcelId, p.carrier, p.priceFen])).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((i) => [`p${i}`, "ZTO", 138]),
      ...[6, 7, 8, 9].map((i) => [`p${i}`, "ZTO", 168]),
    ]);
    expect(result.carriers.find((c) => c.carrier === "ZTO")).toMatchObject({
      parcels: 10,
      tier: { minParcels: 10, discountFen: 12 },
      listFen: 1620,
      discountFen: 120,
      costFen: 1500,
    });
  });

  it("reports a zero gap when no tier is within reach and the solver solves a plain LP", async () => {
    const result = await allocateParcels({ parcels: tenParcels().slice(0, 5), cards: twoCarriers() });
    expect(result.solver).toMatchObject({
      method: "milp",
      status: "optimal",
      lowerBound: result.totalFen,
      gapPercent: 0,
    });
  });

  it("splits the saving against shops sending alone pro rata, to the fen", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() });
    // Alone neither shop reaches ZTO's tier: a pays 6 × 1.45 + 1.70 = 10.40, b 3 × 1.70 = 5.10.
    // The 0.50 saving split 1040 : 510 is 33.5… and 16.4… fen; the larger remainder gets the odd fen.
    expect(result.savingFen).toBe(50);
    expect(result.shops).toEqual([
      { shopId: "a", parcels: 7, aloneFen: 1040, pooledFen: 6 * 138 + 168, savingFen: 34, payFen: 1006 },
      { shopId: "b", parcels: 3, aloneFen: 510, pooledFen: 3 * 168, savingFen: 16, payFen: 494 },
    ]);
  });

  it("finds the same optimum with integer class volumes", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() }, { volumes: "integer" });
    expect(result.totalFen).toBe(1500);
    expect(result.solver).toMatchObject({ method: "milp", volumes: "integer" });
  });

  it("finds a split the greedy search misses when tiers and capacity pull against each other", async () => {
    const priced = (carrier: string, fen: Record<string, number>, more: Parameters<typeof testCard>[2] = {}) =>
      testCard(carrier, [flat(3, 400), stepped(1, 500, 100)], {
        ...more,
        destinations: Object.entries(fen).map(([province, price]) => ({
          province,
          served: true as const,
          bands: [flat(3, price), stepped(1, 500, 100)],
        })),
      });
    const cards = [
      priced(
        "ZTO",
        { "33": 151, "44": 152, "51": 152 },
        { dailyCapacity: 5, tiers: [{ minParcels: 5, discountFen: 50 }] },
      ),
      priced("YTO", { "33": 150, "44": 300, "51": 300 }, { tiers: [{ minParcels: 5, discountFen: 40 }] }),
      priced("STO", { "33": 300, "44": 150, "51": 150 }),
    ];
    const to = (province: string, count: number, from: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `${province}-${from + i}`,
        shopId: "a",
        weightGrams: 500,
        provinceCode: province,
      }));
    const parcels = [...to("33", 5, 0), ...to("44", 3, 0), ...to("51", 2, 0)];
    const result = await allocateParcels({ parcels, cards }, { volumes: "integer", relativeGap: 0 });
    // Greedy fills ZTO's tier with the five Zhejiang parcels (a fen dearer each than with YTO),
    // which breaks YTO's tier, and ZTO is then full: 5 × 1.51 − 2.50 + 5 × 1.50 (STO) = 12.55.
    // The optimum gives ZTO the five parcels to the south and west and keeps YTO's tier:
    // 5 × 1.52 − 2.50 + 5 × 1.50 − 2.00 = 10.60.
    expect(result.solver).toMatchObject({ method: "milp", status: "optimal", greedyValue: 1255 });
    expect(result.totalFen).toBe(1060);
    expect(byCarrier(result)).toEqual({ STO: 0, YTO: 5, ZTO: 5 });
  });

  it("keeps within each carrier's daily capacity", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers({ ZTO: 8, YTO: 5 }) });
    // ZTO cannot reach 10. YTO takes the five parcels it saves most on (the four to Guangdong,
    // 0.10 each, and one to Zhejiang), ZTO the other five: 4 × 1.70 + 1.45 + 5 × 1.50.
    expect(result.totalFen).toBe(4 * 170 + 145 + 5 * 150);
    expect(byCarrier(result)).toEqual({ YTO: 5, ZTO: 5 });
    expect(result.baseline.cheapestFitsCapacity).toBe(false);
  });

  it("leaves parcels over the day's total capacity without a carrier, and says so", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers({ ZTO: 3, YTO: 4 }) });
    expect(byCarrier(result)).toEqual({ YTO: 4, ZTO: 3 });
    expect(result.unallocated).toHaveLength(3);
    expect(new Set(result.unallocated.map((u) => u.reason))).toEqual(new Set(["parcel_capacity_full"]));
    expect(result.parcels.length + result.unallocated.length).toBe(10);
  });

  it("sends a shop's parcels only with the carriers it allows, and express parcels with express carriers", async () => {
    const sf = testCard("SF", [stepped(1, 1200, 200)]);
    const parcels: AllocationParcel[] = [
      ...tenParcels(),
      { id: "fresh-1", shopId: "fresh", weightGrams: 800, provinceCode: "33" },
      { id: "fresh-2", shopId: "fresh", weightGrams: 1800, provinceCode: "44" },
      { id: "urgent", shopId: "a", weightGrams: 500, provinceCode: "33", service: "express" },
    ];
    const result = await allocateParcels({ parcels, cards: [...twoCarriers(), sf], preferences: { fresh: ["SF"] } });
    const carrierOf = (id: string) => result.parcels.find((p) => p.parcelId === id)?.carrier;
    expect([carrierOf("fresh-1"), carrierOf("fresh-2"), carrierOf("urgent")]).toEqual(["SF", "SF", "SF"]);
    expect(result.parcels.filter((p) => p.carrier === "SF")).toHaveLength(3);
    expect(result.parcels.find((p) => p.parcelId === "fresh-2")?.priceFen).toBe(1200 + 200);
  });

  it("reports each parcel no carrier can take, with why, and allocates the rest", async () => {
    const cards = twoCarriers().map((card) => ({
      ...card,
      destinations: card.destinations.map((d) =>
        d.province === "54" ? { province: "54", served: false as const } : d,
      ),
    }));
    const parcels: AllocationParcel[] = [
      { id: "ok", shopId: "a", weightGrams: 500, provinceCode: "33" },
      { id: "tibet", shopId: "a", weightGrams: 500, provinceCode: "540000" },
      { id: "empty", shopId: "a", weightGrams: 0, provinceCode: "33" },
      { id: "taipei", shopId: "b", weightGrams: 500, provinceCode: "710000" },
      { id: "sf-only", shopId: "fresh", weightGrams: 500, provinceCode: "33" },
    ];
    const result = await allocateParcels({ parcels, cards, preferences: { fresh: ["SF"] } });
    expect(result.parcels.map((p) => p.parcelId)).toEqual(["ok"]);
    expect(result.unallocated).toEqual([
      { parcelId: "tibet", shopId: "a", reason: "parcel_not_served" },
      { parcelId: "empty", shopId: "a", reason: "parcel_weight_invalid" },
      { parcelId: "taipei", shopId: "b", reason: "parcel_destination_invalid" },
      { parcelId: "sf-only", shopId: "fresh", reason: "parcel_no_allowed_carrier" },
    ]);
  });

  it("says a parcel is too heavy when carriers deliver there but not at its weight", async () => {
    const capped = testCard("DBL", [flat(1, 450), stepped(1, 450, 100, 30)]);
    const result = await allocateParcels({
      parcels: [{ id: "anvil", shopId: "a", weightGrams: 45_000, provinceCode: "33" }],
      cards: [capped],
    });
    expect(result.unallocated).toEqual([{ parcelId: "anvil", shopId: "a", reason: "parcel_too_heavy" }]);
    expect(result.solver).toMatchObject({ status: "skipped", method: "greedy" });
  });

  it("falls back to the greedy plan when the solver has no time", async () => {
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() }, { timeBudgetMs: 0 });
    expect(result.solver).toMatchObject({ method: "greedy", status: "time_limit", milpValue: null });
    expect(result.totalFen).toBe(result.solver.greedyValue);
    expect(result.parcels).toHaveLength(10);
  });

  it("falls back to the greedy plan when the solver fails, and reports the gap to its bound if it gave one", async () => {
    const failing: MilpSolver = {
      name: "failing",
      solve: () => Promise.reject(new Error("out of memory")),
    };
    const failed = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() }, { solver: failing });
    expect(failed.solver).toMatchObject({
      method: "greedy",
      status: "error",
      detail: "out of memory",
      gapPercent: null,
    });
    expect(failed.totalFen).toBe(1500);

    const bounded: MilpSolver = { name: "bounded", solve: async () => ({ status: "time_limit", lowerBound: 1200 }) };
    const timed = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() }, { solver: bounded });
    expect(timed.solver).toMatchObject({ method: "greedy", status: "time_limit", lowerBound: 1200 });
    expect(timed.solver.gapPercent).toBeCloseTo(((1500 - 1200) / 1500) * 100, 9);
  });

  it("refuses a solver's plan that breaks a constraint", async () => {
    const broken: MilpSolver = {
      name: "broken",
      solve: async (program) => ({ status: "optimal", values: new Float64Array(program.colCost.length) }),
    };
    const result = await allocateParcels({ parcels: tenParcels(), cards: twoCarriers() }, { solver: broken });
    expect(result.solver).toMatchObject({ method: "greedy", status: "error" });
    expect(result.parcels).toHaveLength(10);
  });

  it("weighs the plan with the objective it is given", async () => {
    const avoidYto: AllocationObjective = {
      name: "avoidYto",
      parcelWeight: ({ carrier, listFen }) => listFen + (carrier === "YTO" ? 1000 : 0),
      tierWeight: (_carrier, tier) => tier.discountFen,
    };
    const cards = twoCarriers().map((card) => ({ ...card, tiers: [] }));
    const result = await allocateParcels({ parcels: tenParcels(), cards }, { objective: avoidYto });
    expect(result.objective).toBe("avoidYto");
    expect(byCarrier(result)).toEqual({ YTO: 0, ZTO: 10 });
    expect(result.totalFen).toBe(6 * 150 + 4 * 180);
  });

  it("gives each parcel the same carrier whatever order parcels and cards come in", async () => {
    const cards = twoCarriers({ ZTO: 8, YTO: 5 });
    const first = await allocateParcels({ parcels: tenParcels(), cards });
    const second = await allocateParcels({ parcels: [...tenParcels()].reverse(), cards: [...cards].reverse() });
    const assignment = (result: AllocationResult) =>
      Object.fromEntries(result.parcels.map((p) => [p.parcelId, p.carrier]));
    expect(assignment(second)).toEqual(assignment(first));
  });
});
