import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combinations, variantProblems, wholesalePrice } from "./variants.js";

const colours = { name: "颜色", values: ["红色", "黑色"] };
const sizes = { name: "尺码", values: ["S", "M", "L"] };
const tiers = [
  { minQuantity: 1, priceFen: 2500 },
  { minQuantity: 10, priceFen: 2200 },
];

describe("variants", () => {
  it("makes one combination per value of each option: 2 colours × 3 sizes = 6", () => {
    const rows = combinations([colours, sizes]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(["红色", "S"]);
    expect(rows[5]).toEqual(["黑色", "L"]);
    expect(combinations([])).toEqual([[]]);
  });

  it("accepts variants that each take one value of every option", () => {
    const variants = combinations([colours, sizes]).map((values, i) => ({
      code: `BAG-${i}`,
      optionValues: values,
      tiers,
    }));
    expect(variantProblems([colours, sizes], variants)).toEqual([]);
  });

  it("names the field of every problem", () => {
    const problems = variantProblems(
      [colours, { name: "颜色", values: ["S", "S"] }],
      [
        { code: "A", optionValues: ["红色", "S"], tiers },
        { code: "A", optionValues: ["红色", "S"], tiers: [...tiers].reverse() },
        { code: "B", optionValues: ["蓝色"], tiers },
      ],
    );
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "options.1.name option_name_repeated",
      "options.1.values option_value_repeated",
      "skus.1.optionValues sku_combination_repeated",
      "skus.1.code sku_code_repeated",
      "skus.1.tiers tiers_not_ascending",
      "skus.2.optionValues sku_options_mismatch",
    ]);
  });

  it("prices a quantity at the deepest tier it reaches, and below the first tier not at all", () => {
    expect(wholesalePrice(tiers, 1)).toBe(2500);
    expect(wholesalePrice(tiers, 9)).toBe(2500);
    expect(wholesalePrice(tiers, 10)).toBe(2200);
    expect(wholesalePrice([{ minQuantity: 5, priceFen: 100 }], 4)).toBeUndefined();
  });

  it("never charges more per unit for buying more, whatever valid tiers a supplier sets", () => {
    const validTiers = fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 })
      .chain((mins) =>
        fc
          .array(fc.integer({ min: 1, max: 100_000 }), { minLength: mins.length, maxLength: mins.length })
          .map((prices) => {
            const sortedMins = [...mins].sort((a, b) => a - b);
            const sortedPrices = [...prices].sort((a, b) => b - a);
            return sortedMins.map((minQuantity, i) => ({ minQuantity, priceFen: sortedPrices[i] as number }));
          }),
      );
    fc.assert(
      fc.property(validTiers, fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), (t, a, b) => {
        expect(variantProblems([], [{ code: "X", optionValues: [], tiers: t }])).toEqual([]);
        const [small, large] = a <= b ? [a, b] : [b, a];
        const pSmall = wholesalePrice(t, small);
        const pLarge = wholesalePrice(t, large);
        if (pSmall !== undefined) expect(pLarge).toBeLessThanOrEqual(pSmall);
      }),
    );
  });
});
