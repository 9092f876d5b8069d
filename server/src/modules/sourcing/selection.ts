import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { getProduct, type Product } from "../catalog/products.js";
import { type PriceRule, pricing } from "./price-rule.js";
import { picks } from "./schema.js";
import { type ShopScope, shopPriceRule } from "./shop-price-rule.js";

export type PickRow = typeof picks.$inferSelect;
export type Sku = Product["skus"][number];

/** One variant a shop sells, at the shop's price. */
export type ListedVariant = {
  sku: Sku;
  costFen: number | null;
  rulePriceFen: number | null;
  priceFen: number | null;
  marginFen: number | null;
};

/**
 * What a shop sells of one product — one listing on its store: the variants its picks
 * cover (all of them when the whole product is picked), under the shop's title.
 */
export type Listing = { product: Product; title: string; variants: ListedVariant[] };

/** Every listing of the shop, in the order it picked the products. */
export async function shopListings(db: Db, shop: ShopScope): Promise<Listing[]> {
  const rows = await db
    .select()
    .from(picks)
    .where(and(eq(picks.hubId, shop.hubId), eq(picks.shopId, shop.orgId)))
    .orderBy(asc(picks.createdAt), asc(picks.id));
  const { rule } = await shopPriceRule(db, shop);
  return listingsOf(rows, await pickedProducts(db, shop.hubId, rows), rule);
}

/** The shop's listings of some products, with all its picks of them (a page of picks needs its siblings). */
export async function listingsOfProducts(db: Db, shop: ShopScope, productIds: string[]): Promise<Listing[]> {
  if (productIds.length === 0) return [];
  const rows = await db
    .select()
    .from(picks)
    .where(and(eq(picks.hubId, shop.hubId), eq(picks.shopId, shop.orgId), inArray(picks.productId, productIds)))
    .orderBy(asc(picks.createdAt), asc(picks.id));
  const { rule } = await shopPriceRule(db, shop);
  return listingsOf(rows, await pickedProducts(db, shop.hubId, rows), rule);
}

// Through the catalog's own reader, once per product. A batch reader in the catalog would
// save queries for big selections; until then a selection costs a few queries per product.
async function pickedProducts(db: Db, hubId: string, rows: PickRow[]): Promise<Map<string, Product>> {
  const found = new Map<string, Product>();
  for (const productId of new Set(rows.map((row) => row.productId))) {
    found.set(productId, await getProduct(db, hubId, productId));
  }
  return found;
}

export function listingsOf(rows: PickRow[], products: Map<string, Product>, rule: PriceRule): Listing[] {
  const groups = new Map<string, PickRow[]>();
  for (const row of rows) groups.set(row.productId, [...(groups.get(row.productId) ?? []), row]);
  return [...groups].flatMap(([productId, group]) => {
    const product = products.get(productId);
    return product ? [listingOf(product, group, rule)] : [];
  });
}

function listingOf(product: Product, group: PickRow[], rule: PriceRule): Listing {
  const whole = group.find((pick) => pick.skuId === null);
  const pickOf = (sku: Sku) => group.find((pick) => pick.skuId === sku.id);
  const covered = whole ? product.skus : product.skus.filter((sku) => pickOf(sku));
  // The whole-product pick speaks for the listing; a variant's own pick may still set its own price.
  const titled = [whole, ...group].find((pick) => pick?.titleOverride);
  return {
    product,
    title: titled?.titleOverride ?? product.title,
    variants: covered.map((sku) => priced(sku, pickOf(sku)?.priceOverrideFen ?? whole?.priceOverrideFen ?? null, rule)),
  };
}

function priced(sku: Sku, overrideFen: number | null, rule: PriceRule): ListedVariant {
  const costFen = pricing.cost(sku);
  const rulePriceFen = costFen === null ? null : pricing.price(rule, costFen);
  const priceFen = overrideFen ?? rulePriceFen;
  const marginFen = priceFen === null || costFen === null ? null : priceFen - costFen;
  return { sku, costFen, rulePriceFen, priceFen, marginFen };
}

/** A listing is offered only while its product is on sale; an archived one sells nothing. */
export function availableOf(listing: Listing, variant: ListedVariant): number {
  return listing.product.status === "active" ? Math.max(0, variant.sku.available) : 0;
}
