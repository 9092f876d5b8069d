import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  costRangePricing,
  DEFAULT_PRICE_RULE,
  type PriceRule,
  type Rounding,
  rangeFor,
  roundUp,
} from "./price-rule.js";

const rounding = fc.constantFrom<Rounding>("none", ".90", ".99", "whole");
const cost = fc.integer({ min: 1, max: 10_000_000 });
const markup = fc.oneof(
  fc.integer({ min: 100, max: 1000 }).map((hundredths) => ({ kind: "multiply" as const, factor: hundredths / 100 })),
  fc.integer({ min: 0, max: 100_000 }).map((addFen) => ({ kind: "add" as const, addFen })),
);
const rule: fc.Arbitrary<PriceRule> = fc
  .record({
    starts: fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 4 }),
    markups: fc.array(markup, { minLength: 5, maxLength: 5 }),
    rounding,
    minMarginFen: fc.integer({ min: 0, max: 50_000 }),
    minMarginPercent: fc.integer({ min: 0, max: 300 }),
  })
  .map(({ starts, markups, ...rest }) => ({
    ...rest,
    ranges: [0, ...starts.sort((a, b) => a - b)].map((fromFen, i) => ({ fromFen, ...(markups[i] ?? markups[0]) })),
  })) as fc.Arbitrary<PriceRule>;

const endsAsAsked = (fen: number, how: Rounding) =>
  how === "none" || fen % 100 === { ".90": 90, ".99": 99, whole: 0 }[how];

describe("the default pricing strategy", () => {
  it("never prices below the cost plus the minimum margin, in fen and in percent", () => {
    fc.assert(
      fc.property(rule, cost, (r, c) => {
        const price = costRangePricing.price(r, c);
        expect(price).toBeGreaterThanOrEqual(c + r.minMarginFen);
        expect(price * 100).toBeGreaterThanOrEqual(c * (100 + r.minMarginPercent));
      }),
    );
  });

  it("rounds only up, to the next .90, .99 or whole yuan and no further", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), rounding, (fen, how) => {
        const rounded = roundUp(fen, how);
        expect(rounded).toBeGreaterThanOrEqual(fen);
        expect(endsAsAsked(rounded, how)).toBe(true);
        // Nothing in between has the asked-for ending: it is the next one.
        for (let between = fen; between < rounded; between++) expect(endsAsAsked(between, how)).toBe(false);
      }),
    );
  });

  it("never gives a lower price for a higher cost within one range", () => {
    fc.assert(
      fc.property(rule, cost, cost, (r, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        fc.pre(rangeFor(r, low) === rangeFor(r, high));
        expect(costRangePricing.price(r, low)).toBeLessThanOrEqual(costRangePricing.price(r, high));
      }),
    );
  });

  it("prices the trade's example rule: ×2.0 under ¥20, ×1.8 up to ¥50, +¥30 above, ending in .90", () => {
    expect(costRangePricing.price(DEFAULT_PRICE_RULE, 1500)).toBe(3090);
    expect(costRangePricing.price(DEFAULT_PRICE_RULE, 2500)).toBe(4590);
    expect(costRangePricing.price(DEFAULT_PRICE_RULE, 2800)).toBe(5090);
    expect(costRangePricing.price(DEFAULT_PRICE_RULE, 8000)).toBe(11090);
    // A ¥1 trinket still earns the ¥3 minimum margin.
    expect(costRangePricing.price(DEFAULT_PRICE_RULE, 100)).toBe(490);
  });

  it("costs a variant at its dropship price, or else at its first wholesale tier", () => {
    const tiers = [
      { minQuantity: 2, priceFen: 2500 },
      { minQuantity: 50, priceFen: 2200 },
    ];
    expect(costRangePricing.cost({ dropshipPriceFen: 2800, tiers })).toBe(2800);
    expect(costRangePricing.cost({ dropshipPriceFen: null, tiers })).toBe(2500);
    expect(costRangePricing.cost({ dropshipPriceFen: null, tiers: [] })).toBeNull();
  });

  it("multiplies by factors with two decimals exactly, in whole fen", () => {
    const plain = { ranges: [], rounding: "none", minMarginFen: 0, minMarginPercent: 0 } as const;
    const times = (factor: number) => ({ ...plain, ranges: [{ fromFen: 0, kind: "multiply" as const, factor }] });
    expect(costRangePricing.price(times(1.8), 2500)).toBe(4500);
    expect(costRangePricing.price(times(1.15), 1999)).toBe(2299); // 2298.85 rounds up to whole fen
    expect(costRangePricing.price(times(2.3), 100)).toBe(230);
  });
});
