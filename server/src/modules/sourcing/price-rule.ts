import type { Tier } from "../catalog/variants.js";

/** How a retail price follows from costs at or above `fromFen`: times a factor, or plus a fixed amount. */
export type Markup = { fromFen: number } & ({ kind: "multiply"; factor: number } | { kind: "add"; addFen: number });

/** Where a price is raised to: the next x.90, the next x.99, the next whole yuan, or nowhere. */
export type Rounding = "none" | ".90" | ".99" | "whole";

/**
 * A shop's price rule (DSers-style): a markup per cost range, a minimum margin in fen
 * and as a percentage of the cost (both hold), then rounding up.
 */
export type PriceRule = {
  /** Ascending by `fromFen`; the first starts at 0. */
  ranges: Markup[];
  rounding: Rounding;
  minMarginFen: number;
  minMarginPercent: number;
};

/** What a shop pays for one unit of a variant, as the catalog describes it. */
export type CostSource = { dropshipPriceFen: number | null; tiers: Tier[] };

/**
 * How a shop's retail prices are made (STYLE.md: a decision hubs will want to change is an
 * interface with a default). Everything is integer fen.
 */
export interface PricingStrategy {
  /** The unit cost to the shop, or null when the supplier gave no price. */
  cost(sku: CostSource): number | null;
  /** The retail price the rule gives for a cost. */
  price(rule: PriceRule, costFen: number): number;
}

/** A newcomer's rule until they set their own: the trade's usual cost-range markup. */
export const DEFAULT_PRICE_RULE: PriceRule = {
  ranges: [
    { fromFen: 0, kind: "multiply", factor: 2 },
    { fromFen: 2000, kind: "multiply", factor: 1.8 },
    { fromFen: 5000, kind: "add", addFen: 3000 },
  ],
  rounding: ".90",
  minMarginFen: 300,
  minMarginPercent: 0,
};

/**
 * The default: a dropshipping shop pays the dropship price (代发价); without one it buys
 * at the first wholesale tier. The price is the range's markup, lifted to the minimum
 * margin, then rounded up — rounding last, so it can only add to the margin.
 */
export const costRangePricing: PricingStrategy = {
  cost: (sku) => sku.dropshipPriceFen ?? sku.tiers[0]?.priceFen ?? null,
  price(rule, costFen) {
    const marked = markUp(rangeFor(rule, costFen), costFen);
    const margin = Math.max(rule.minMarginFen, ceilDiv(costFen * rule.minMarginPercent, 100));
    return roundUp(Math.max(marked, costFen + margin), rule.rounding);
  },
};

/** The strategy sourcing prices with. */
export const pricing: PricingStrategy = costRangePricing;

/** The range a cost falls in: the last one starting at or below it. */
export function rangeFor(rule: PriceRule, costFen: number): Markup {
  let found = rule.ranges[0];
  for (const range of rule.ranges) if (range.fromFen <= costFen) found = range;
  if (!found) throw new Error("a price rule needs at least one range");
  return found;
}

function markUp(range: Markup, costFen: number): number {
  if (range.kind === "add") return costFen + range.addFen;
  // The factor has at most two decimals (the API refuses more): multiply in whole hundredths.
  return ceilDiv(costFen * Math.round(range.factor * 100), 100);
}

/** Raises a price to the next ending the rule asks for; a price already there stays. */
export function roundUp(fen: number, rounding: Rounding): number {
  if (rounding === "none") return fen;
  const yuan = fen - (fen % 100);
  if (rounding === "whole") return yuan === fen ? fen : yuan + 100;
  const candidate = yuan + (rounding === ".90" ? 90 : 99);
  return candidate >= fen ? candidate : candidate + 100;
}

// Integer division rounding up, without trusting floating point near whole numbers.
function ceilDiv(numerator: number, divisor: number): number {
  const quotient = Math.trunc(numerator / divisor);
  return quotient * divisor < numerator ? quotient + 1 : quotient;
}
