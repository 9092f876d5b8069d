import { describe, expect, it } from "vitest";
import { demoRateCards } from "../demo-rates.js";
import { PROVINCES } from "../provinces.js";
import type { RateCardInput } from "./schema.js";
import { flat, stepped } from "./test-cards.js";
import { validateRateCard } from "./validate.js";

/** A valid card as typed in: every province at 1.50 up to 1 kg, then 3 + 1/kg. */
function card(change: (input: RateCardInput) => void = () => {}): RateCardInput {
  const input: RateCardInput = {
    carrier: "ZTO",
    destinations: PROVINCES.map((p) => ({
      province: p.code,
      served: true,
      bands: [flat(1, 150), stepped(1, 300, 100)],
    })),
  };
  change(input);
  return input;
}

const problemsOf = (input: unknown) => {
  const result = validateRateCard(input);
  return result.ok ? [] : result.problems;
};

const bandsOf = (input: RateCardInput, province: string) => {
  const row = input.destinations.find((d) => d.province === province && d.city === undefined);
  if (!row?.served) throw new Error("no priced row");
  return row;
};

describe("validateRateCard", () => {
  it("accepts a complete card and fills the defaults", () => {
    const result = validateRateCard(card());
    expect(result.ok && result.card).toMatchObject({
      weightStepGrams: 1000,
      volumetricDivisor: 6000,
      dailyCapacity: null,
      tiers: [],
    });
  });

  it("accepts every demo card", () => {
    for (const demo of demoRateCards()) expect(problemsOf(demo)).toEqual([]);
  });

  it("names each province that is neither priced nor marked as not served", () => {
    const input = card((c) => {
      c.destinations = c.destinations.filter((d) => d.province !== "65" && d.province !== "54");
      c.destinations.push({ province: "54", city: "5401", served: false });
    });
    expect(problemsOf(input)).toEqual([
      { path: ["destinations"], code: "rate_province_missing", params: { province: "54", name: "西藏" } },
      { path: ["destinations"], code: "rate_province_missing", params: { province: "65", name: "新疆" } },
    ]);
  });

  it("accepts a province marked as not served", () => {
    const input = card((c) => {
      c.destinations = c.destinations.filter((d) => d.province !== "54");
      c.destinations.push({ province: "54", served: false });
    });
    expect(problemsOf(input)).toEqual([]);
  });

  it("finds two bands with the same upper limit, and bands out of order", () => {
    const input = card((c) => {
      bandsOf(c, "33").bands = [flat(1, 150), flat(1, 160), stepped(1, 300, 100)];
      bandsOf(c, "44").bands = [flat(3, 300), flat(1, 150), stepped(1, 300, 100)];
    });
    const index = (province: string) => input.destinations.findIndex((d) => d.province === province);
    expect(problemsOf(input)).toEqual([
      {
        path: ["destinations", index("33"), "bands", 1, "upToGrams"],
        code: "rate_bands_overlap",
        params: { value: "1" },
      },
      {
        path: ["destinations", index("44"), "bands", 1, "upToGrams"],
        code: "rate_bands_unordered",
        params: { value: "1", previous: "3" },
      },
    ]);
  });

  it("refuses a band after an open one, and a limit the weight step never reaches", () => {
    const input = card((c) => {
      bandsOf(c, "33").bands = [stepped(1, 300, 100), flat(5, 150)];
      bandsOf(c, "44").bands = [flat(0.5, 150), stepped(1, 300, 100)];
    });
    expect(problemsOf(input).map((p) => [p.code, p.params])).toEqual([
      ["rate_band_after_open", { previous: 1 }],
      ["rate_weight_off_step", { value: "0.5", step: "1" }],
    ]);
  });

  it("refuses a negative price where it is", () => {
    const input = card((c) => {
      bandsOf(c, "11").bands = [flat(1, -150), stepped(1, 300, 100)];
      bandsOf(c, "12").surchargeFen = -1;
    });
    const index = (province: string) => input.destinations.findIndex((d) => d.province === province);
    expect(problemsOf(input)).toEqual([
      { path: ["destinations", index("11"), "bands", 0, "priceFen"], code: "rate_price_negative", params: {} },
      { path: ["destinations", index("12"), "surchargeFen"], code: "rate_price_negative", params: {} },
    ]);
  });

  it("refuses tiers whose thresholds or discounts do not increase, and a discount that makes parcels free", () => {
    const input = card((c) => {
      c.tiers = [
        { minParcels: 1000, discountFen: 10 },
        { minParcels: 1000, discountFen: 20 },
        { minParcels: 3000, discountFen: 15 },
        { minParcels: 5000, discountFen: 150 },
      ];
    });
    expect(problemsOf(input).map((p) => [p.path.join("."), p.code, p.params])).toEqual([
      ["tiers.1.minParcels", "rate_tier_threshold_not_increasing", { tier: 2, value: 1000, previous: 1000 }],
      ["tiers.2.discountFen", "rate_tier_discount_not_increasing", { tier: 3, value: "0.15", previous: "0.20" }],
      ["tiers.3.discountFen", "rate_tier_discount_too_large", { value: "1.50", price: "1.50" }],
    ]);
  });

  it("refuses an unknown carrier or province, a foreign prefecture, a place twice and a bad weight step", () => {
    const input = card((c) => {
      c.carrier = "ACME";
      c.weightStepGrams = 250;
      c.destinations.push({ province: "81", served: false });
      c.destinations.push({ province: "33", city: "4401", served: false });
      c.destinations.push({ province: "33", served: false });
    });
    expect(problemsOf(input).map((p) => p.code)).toEqual([
      "rate_weight_step_invalid",
      "rate_carrier_unknown",
      "rate_province_unknown",
      "rate_city_invalid",
      "rate_destination_repeated",
    ]);
  });

  it("names the field of a value of the wrong type", () => {
    const input = card((c) => {
      (bandsOf(c, "33").bands[0] as { priceFen: unknown }).priceFen = "1.50";
    });
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ code: "rate_value_invalid", params: { field: expect.stringMatching(/priceFen$/) } }),
    ]);
  });
});
