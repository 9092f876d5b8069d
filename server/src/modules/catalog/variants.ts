import type { FieldProblem } from "../../http/errors.js";
import type { ProductOption } from "./schema.js";

export const MAX_SKUS = 400;

export type Tier = { minQuantity: number; priceFen: number };
export type VariantInput = { code: string; optionValues: string[]; tiers: Tier[] };

/** Every combination of one value per option, in the order a supplier reads them (颜色 × 尺码). */
export function combinations(options: ProductOption[]): string[][] {
  return options.reduce<string[][]>(
    (rows, option) => rows.flatMap((row) => option.values.map((value) => [...row, value])),
    [[]],
  );
}

/**
 * The problems with a product's options and variants, each at the path of its field:
 * repeated names or values, variants that do not take one value of each option, repeated
 * combinations or codes, tiers that do not rise in quantity or that raise the price.
 */
export function variantProblems(options: ProductOption[], variants: VariantInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [...optionProblems(options)];
  if (variants.length > MAX_SKUS) problems.push({ path: "skus", code: "too_many_skus", params: { max: MAX_SKUS } });
  const codes = new Set<string>();
  const combos = new Set<string>();
  variants.forEach((variant, i) => {
    if (!fitsOptions(options, variant.optionValues)) {
      problems.push({
        path: `skus.${i}.optionValues`,
        code: "sku_options_mismatch",
        params: { expected: options.length },
      });
    }
    const combo = variant.optionValues.join(" / ");
    if (combos.has(combo))
      problems.push({ path: `skus.${i}.optionValues`, code: "sku_combination_repeated", params: { values: combo } });
    combos.add(combo);
    if (codes.has(variant.code))
      problems.push({ path: `skus.${i}.code`, code: "sku_code_repeated", params: { code: variant.code } });
    codes.add(variant.code);
    if (!tiersAscend(variant.tiers)) problems.push({ path: `skus.${i}.tiers`, code: "tiers_not_ascending" });
  });
  return problems;
}

function optionProblems(options: ProductOption[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const names = new Set<string>();
  options.forEach((option, i) => {
    if (names.has(option.name))
      problems.push({ path: `options.${i}.name`, code: "option_name_repeated", params: { name: option.name } });
    names.add(option.name);
    const values = new Set<string>();
    for (const value of option.values) {
      if (values.has(value))
        problems.push({ path: `options.${i}.values`, code: "option_value_repeated", params: { value } });
      values.add(value);
    }
  });
  return problems;
}

function fitsOptions(options: ProductOption[], values: string[]): boolean {
  return values.length === options.length && values.every((value, i) => options[i]?.values.includes(value));
}

/** Buying more never costs more per unit: quantities strictly rise, prices never rise. */
export function tiersAscend(tiers: Tier[]): boolean {
  return tiers.every((tier, i) => {
    const before = tiers[i - 1];
    return !before || (tier.minQuantity > before.minQuantity && tier.priceFen <= before.priceFen);
  });
}

/** The wholesale unit price for a quantity: the tier with the largest minimum not above it. */
export function wholesalePrice(tiers: Tier[], quantity: number): number | undefined {
  let price: number | undefined;
  for (const tier of tiers) if (tier.minQuantity <= quantity) price = tier.priceFen;
  return price;
}
