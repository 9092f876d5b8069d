import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { type FieldProblem, InvalidError } from "../../http/errors.js";
import { PriceRule as PriceRuleSchema } from "./api-schemas.js";
import { DEFAULT_PRICE_RULE, type PriceRule } from "./price-rule.js";
import { priceRules } from "./schema.js";

/** A shop in a hub: what every sourcing function is scoped to. */
export type ShopScope = { hubId: string; orgId: string };

/** The shop's own rule, or the default while it has none. */
export async function shopPriceRule(db: Db, shop: ShopScope): Promise<{ rule: PriceRule; isDefault: boolean }> {
  const [row] = await db
    .select({ rule: priceRules.rule })
    .from(priceRules)
    .where(and(eq(priceRules.hubId, shop.hubId), eq(priceRules.shopId, shop.orgId)));
  // Stored rules were valid when saved; one that no longer parses falls back rather than breaking every price.
  const parsed = row ? PriceRuleSchema.safeParse(row.rule) : undefined;
  return parsed?.success ? { rule: parsed.data, isDefault: false } : { rule: DEFAULT_PRICE_RULE, isDefault: true };
}

export async function saveShopPriceRule(db: Db, shop: ShopScope, rule: PriceRule): Promise<void> {
  const problems = rangeProblems(rule);
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
  await db
    .insert(priceRules)
    .values({ hubId: shop.hubId, shopId: shop.orgId, rule })
    .onConflictDoUpdate({ target: [priceRules.hubId, priceRules.shopId], set: { rule, updatedAt: new Date() } });
}

// Every cost must fall in exactly one range: the first starts at ¥0, each starts above the last.
function rangeProblems(rule: PriceRule): FieldProblem[] {
  return rule.ranges.flatMap((range, i): FieldProblem[] => {
    const path = `ranges.${i}.fromFen`;
    if (i === 0) return range.fromFen === 0 ? [] : [{ path, code: "price_ranges_start_at_zero" }];
    const before = rule.ranges[i - 1];
    return before && range.fromFen <= before.fromFen ? [{ path, code: "price_ranges_not_ascending" }] : [];
  });
}
