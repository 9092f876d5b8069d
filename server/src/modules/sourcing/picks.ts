import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isUniqueViolation } from "../../db/errors.js";
import { ConflictError, InvalidError, NotFoundError } from "../../http/errors.js";
import { picturePath } from "../catalog/pictures/keys.js";
import { getProduct } from "../catalog/products.js";
import { picks } from "./schema.js";
import { type Listing, listingsOfProducts, type PickRow } from "./selection.js";
import type { ShopScope } from "./shop-price-rule.js";

export type PickInput = {
  productId: string;
  skuId?: string | undefined;
  titleOverride?: string | undefined;
  priceOverrideFen?: number | undefined;
};
export type PickChanges = { titleOverride?: string | null | undefined; priceOverrideFen?: number | null | undefined };

/**
 * Picks an active product of the shop's hub (or one of its variants) into the selection.
 * Another hub's product and a draft are answered alike: no such product. Picking one
 * variant of a product already picked whole is allowed — that is how a variant gets a
 * price of its own.
 */
export async function addPick(db: Db, shop: ShopScope, input: PickInput) {
  const product = await getProduct(db, shop.hubId, input.productId);
  if (product.status !== "active") throw new NotFoundError("product");
  if (input.skuId && !product.skus.some((sku) => sku.id === input.skuId))
    throw new InvalidError("validation_failed", {}, [{ path: "skuId", code: "sku_not_of_product" }]);
  try {
    const [row] = await db
      .insert(picks)
      .values({
        hubId: shop.hubId,
        shopId: shop.orgId,
        productId: input.productId,
        skuId: input.skuId ?? null,
        titleOverride: input.titleOverride ?? null,
        priceOverrideFen: input.priceOverrideFen ?? null,
      })
      .returning();
    return onlyView(await pickViews(db, shop, [row as PickRow]));
  } catch (error) {
    if (isUniqueViolation(error, "picks_shop_product_sku_key"))
      throw new ConflictError("already_picked", {}, "productId");
    throw error;
  }
}

/** The shop's selection, newest pick first, each with its variants' cost, price and margin. */
export async function listPicks(db: Db, shop: ShopScope, page: { limit: number; offset: number }) {
  const rows = await db
    .select()
    .from(picks)
    .where(and(eq(picks.hubId, shop.hubId), eq(picks.shopId, shop.orgId)))
    .orderBy(desc(picks.createdAt), desc(picks.id))
    .limit(page.limit)
    .offset(page.offset);
  return pickViews(db, shop, rows);
}

export async function updatePick(db: Db, shop: ShopScope, pickId: string, changes: PickChanges) {
  // An empty change is a read: there is nothing to set.
  const [row] =
    Object.keys(changes).length === 0
      ? await db.select().from(picks).where(ofShop(shop, pickId))
      : await db.update(picks).set(changes).where(ofShop(shop, pickId)).returning();
  if (!row) throw new NotFoundError("pick");
  return onlyView(await pickViews(db, shop, [row]));
}

export async function removePick(db: Db, shop: ShopScope, pickId: string): Promise<void> {
  const deleted = await db.delete(picks).where(ofShop(shop, pickId)).returning({ id: picks.id });
  if (deleted.length === 0) throw new NotFoundError("pick");
}

const ofShop = (shop: ShopScope, pickId: string) =>
  and(eq(picks.hubId, shop.hubId), eq(picks.shopId, shop.orgId), eq(picks.id, pickId));

async function pickViews(db: Db, shop: ShopScope, rows: PickRow[]) {
  const listings = await listingsOfProducts(db, shop, [...new Set(rows.map((row) => row.productId))]);
  const listingOf = new Map(listings.map((listing) => [listing.product.id, listing]));
  return rows.flatMap((row) => {
    const listing = listingOf.get(row.productId);
    return listing ? [pickView(row, listing)] : [];
  });
}

function onlyView<T>(views: T[]): T {
  const [view] = views;
  if (!view) throw new Error("a pick without its product");
  return view;
}

function pickView(row: PickRow, listing: Listing) {
  const { product } = listing;
  const variants = listing.variants
    .filter((variant) => row.skuId === null || variant.sku.id === row.skuId)
    .map(({ sku, costFen, rulePriceFen, priceFen, marginFen }) => ({
      skuId: sku.id,
      code: sku.code,
      optionValues: sku.optionValues,
      available: sku.available,
      costFen,
      rulePriceFen,
      priceFen,
      marginFen,
    }));
  const cheapest = [...variants].sort((a, b) => (a.costFen ?? Infinity) - (b.costFen ?? Infinity))[0];
  return {
    id: row.id,
    productId: row.productId,
    skuId: row.skuId,
    title: listing.title,
    productTitle: product.title,
    titleOverride: row.titleOverride,
    priceOverrideFen: row.priceOverrideFen,
    status: product.status,
    picture: product.pictures[0] ? picturePath(product.hubId, product.pictures[0], 400) : null,
    costFen: cheapest?.costFen ?? null,
    priceFen: cheapest?.priceFen ?? null,
    marginFen: cheapest?.marginFen ?? null,
    variants,
    createdAt: row.createdAt,
  };
}
