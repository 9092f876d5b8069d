import { and, eq, inArray, min } from "drizzle-orm";
import { products, skus } from "../modules/catalog/schema.js";
import { DEFAULT_PRICE_RULE, type PriceRule } from "../modules/sourcing/price-rule.js";
import { picks, priceRules } from "../modules/sourcing/schema.js";
import { insertInBatches } from "./batches.js";
import type { DemoContext, DemoOrganisation, DemoStep } from "./context.js";
import type { Category } from "./organisation-names.js";
import type { Random } from "./random.js";

/** Rules newcomers in the village actually use (DOMAIN.md: multiply or add by cost range, fixed cents, minimum profit). */
const RULES: PriceRule[] = [
  DEFAULT_PRICE_RULE,
  {
    ranges: [
      { fromFen: 0, kind: "multiply", factor: 2.5 },
      { fromFen: 3000, kind: "multiply", factor: 2 },
    ],
    rounding: ".99",
    minMarginFen: 500,
    minMarginPercent: 0,
  },
  { ranges: [{ fromFen: 0, kind: "add", addFen: 1500 }], rounding: "whole", minMarginFen: 0, minMarginPercent: 30 },
  { ranges: [{ fromFen: 0, kind: "multiply", factor: 1.6 }], rounding: ".90", minMarginFen: 300, minMarginPercent: 20 },
];

// The demo shop login (the first shop) shows a handful; other shops pick a few to a dozen.
const FACE_PICKS = 6;
const PICKS: [number, number] = [2, 12];
// Some shops sell only one colour of a product: a pick of a single variant.
const SINGLE_VARIANT = 0.2;

type Offer = { id: string; supplierId: string; firstCode: string };

/** Every shop's price rule and a selection of active products of its category. Nothing to pick, nothing done. */
export const sourcingStep: DemoStep = {
  name: "sourcing",
  async run(ctx) {
    const offers = await activeProducts(ctx);
    if (offers.length === 0) return;
    const byCategory = groupByCategory(ctx.organisations, offers);
    const shops = ctx.organisations.filter((org) => org.kind === "shop");
    const chosen = shops.flatMap((shop, i) => {
      const pool = (shop.category && byCategory.get(shop.category)) || offers;
      const count = i === 0 ? FACE_PICKS : ctx.rng.int(...PICKS);
      return ctx.rng
        .shuffle(pool)
        .slice(0, count)
        .map((offer) => ({ shop, offer, single: ctx.rng.chance(SINGLE_VARIANT) }));
    });
    const variants = await variantsOf(ctx, [...new Set(chosen.filter((c) => c.single).map((c) => c.offer.id))]);
    const hubId = ctx.hub.id;
    const rows = chosen.map(({ shop, offer, single }) => ({
      hubId,
      shopId: shop.id,
      productId: offer.id,
      skuId: single ? pickVariant(ctx.rng, variants.get(offer.id)) : null,
    }));
    await insertInBatches(ctx.db, picks, rows);
    const rules = shops.map((shop, i) => ({
      hubId,
      shopId: shop.id,
      rule: i === 0 ? DEFAULT_PRICE_RULE : ctx.rng.pick(RULES),
    }));
    await insertInBatches(ctx.db, priceRules, rules);
  },
};

// The demo reads the catalog's tables in bulk, as it writes them: a village has thousands of products.
async function activeProducts({ db, hub, organisations }: DemoContext): Promise<Offer[]> {
  const rows = await db
    .select({ id: products.id, supplierId: products.supplierId, firstCode: min(skus.code) })
    .from(products)
    .innerJoin(skus, and(eq(skus.hubId, products.hubId), eq(skus.productId, products.id)))
    .where(and(eq(products.hubId, hub.id), eq(products.status, "active")))
    .groupBy(products.id, products.supplierId);
  // Ids are random: order by the supplier's place in the village and the product's first code,
  // so the same seed picks the same products.
  const place = new Map(organisations.map((org, i) => [org.id, i]));
  const at = (offer: Offer) => place.get(offer.supplierId) ?? organisations.length;
  return rows
    .map((row) => ({ ...row, firstCode: row.firstCode ?? "" }))
    .sort((a, b) => at(a) - at(b) || a.firstCode.localeCompare(b.firstCode));
}

function groupByCategory(organisations: DemoOrganisation[], offers: Offer[]): Map<Category, Offer[]> {
  const categoryOf = new Map(organisations.map((org) => [org.id, org.category]));
  const groups = new Map<Category, Offer[]>();
  for (const offer of offers) {
    const category = categoryOf.get(offer.supplierId);
    if (category) groups.set(category, [...(groups.get(category) ?? []), offer]);
  }
  return groups;
}

async function variantsOf({ db, hub }: DemoContext, productIds: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, { id: string; code: string }[]>();
  for (let start = 0; start < productIds.length; start += 1000) {
    const rows = await db
      .select({ id: skus.id, productId: skus.productId, code: skus.code })
      .from(skus)
      .where(and(eq(skus.hubId, hub.id), inArray(skus.productId, productIds.slice(start, start + 1000))));
    for (const row of rows) found.set(row.productId, [...(found.get(row.productId) ?? []), row]);
  }
  return new Map(
    [...found].map(([id, rows]) => [id, rows.sort((a, b) => a.code.localeCompare(b.code)).map((row) => row.id)]),
  );
}

// A product of one variant is picked whole: there is nothing to choose between.
function pickVariant(rng: Random, ids: string[] | undefined): string | null {
  return ids && ids.length > 1 ? rng.pick(ids) : null;
}
