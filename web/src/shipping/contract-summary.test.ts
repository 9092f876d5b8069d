import { describe, expect, it } from "vitest";
import { summariseCard } from "./contract-summary";
import type { RateCard } from "./queries";

const card: RateCard = {
  carrier: "ZTO",
  weightStepGrams: 500,
  volumetricDivisor: 6000,
  dailyCapacity: 4000,
  tiers: [],
  destinations: [
    {
      province: "33",
      served: true,
      surchargeFen: 0,
      bands: [
        { kind: "flat", upToGrams: 500, priceFen: 150 },
        { kind: "stepped", upToGrams: null, firstGrams: 1000, firstPriceFen: 300, perKgFen: 100 },
      ],
    },
    {
      province: "51",
      served: true,
      surchargeFen: 0,
      bands: [{ kind: "stepped", upToGrams: null, firstGrams: 1000, firstPriceFen: 500, perKgFen: 250 }],
    },
    {
      province: "51",
      city: "5133",
      served: true,
      surchargeFen: 300,
      bands: [{ kind: "stepped", upToGrams: null, firstGrams: 1000, firstPriceFen: 500, perKgFen: 250 }],
    },
    { province: "54", served: false },
  ],
};

describe("a contract at a glance", () => {
  it("counts provinces served and not, the city rows, and the cheapest first price", () => {
    expect(summariseCard(card)).toEqual({ served: 2, notServed: 1, cities: 1, fromFen: 150 });
  });

  it("has no price when nothing is served", () => {
    expect(summariseCard({ ...card, destinations: [{ province: "54", served: false }] }).fromFen).toBeNull();
  });
});
