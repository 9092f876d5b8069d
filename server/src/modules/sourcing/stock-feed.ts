import { stringify } from "csv-stringify/sync";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { hashSecret, newSecret } from "../accounts/secrets.js";
import { stockFeeds } from "./schema.js";
import { availableOf, type Listing } from "./selection.js";
import type { ShopScope } from "./shop-price-rule.js";
import { yuan } from "./wording.js";

/**
 * Creates the shop's secret feed URL, or replaces it: the old token stops working at
 * once. Only the token's hash is kept, so the URL is shown this once.
 */
export async function rotateStockFeed(db: Db, shop: ShopScope) {
  const token = newSecret("sf_");
  const values = { tokenHash: hashSecret(token), prefix: token.slice(0, 10), createdAt: new Date() };
  const [row] = await db
    .insert(stockFeeds)
    .values({ hubId: shop.hubId, shopId: shop.orgId, ...values })
    .onConflictDoUpdate({ target: [stockFeeds.hubId, stockFeeds.shopId], set: values })
    .returning({ prefix: stockFeeds.prefix, createdAt: stockFeeds.createdAt });
  if (!row) throw new Error("upsert returned nothing");
  return { token, ...row };
}

/** Whether the shop has a feed, by the token's first characters (never the token). */
export async function stockFeedOf(db: Db, shop: ShopScope) {
  const [row] = await db
    .select({ prefix: stockFeeds.prefix, createdAt: stockFeeds.createdAt })
    .from(stockFeeds)
    .where(and(eq(stockFeeds.hubId, shop.hubId), eq(stockFeeds.shopId, shop.orgId)));
  return row ?? null;
}

/** The shop a feed token belongs to, or undefined for an unknown or rotated token. */
export async function shopOfFeedToken(db: Db, token: string): Promise<ShopScope | undefined> {
  const [row] = await db
    .select({ hubId: stockFeeds.hubId, orgId: stockFeeds.shopId })
    .from(stockFeeds)
    .where(eq(stockFeeds.tokenHash, hashSecret(token)));
  return row;
}

export type FeedItem = { skuCode: string; title: string; available: number; priceFen: number | null };

/** One line per variant the shop sells; an archived product's variants read 0, so the shop stops selling them. */
export function feedItems(listings: Listing[]): FeedItem[] {
  return listings.flatMap((listing) =>
    listing.variants.map((variant) => ({
      skuCode: variant.sku.code,
      title: listing.title,
      available: availableOf(listing, variant),
      priceFen: variant.priceFen,
    })),
  );
}

export function feedCsv(items: FeedItem[]): string {
  return stringify(
    items.map((item) => [item.skuCode, item.title, item.available, item.priceFen === null ? "" : yuan(item.priceFen)]),
    { header: true, columns: ["sku_code", "title", "available", "price"] },
  );
}

export function feedJson(items: FeedItem[]) {
  return {
    generatedAt: new Date().toISOString(),
    items: items.map((item) => ({ ...item, price: item.priceFen === null ? null : yuan(item.priceFen) })),
  };
}
