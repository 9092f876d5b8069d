import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { products, skuPriceTiers, skus } from "./schema.js";

/**
 * Recomputes a product's summary of its variants (lowest price, lowest dropship price,
 * units available, clearance units) and its search vector. Called inside every write that
 * changes a product's text, a variant's price or its stock.
 */
export async function refreshProductSummary(db: Db, hubId: string, productId: string): Promise<void> {
  const ofProduct = and(eq(skus.hubId, hubId), eq(skus.productId, productId));
  const firstTier = db
    .select({ price: sql`min(${skuPriceTiers.priceFen})` })
    .from(skuPriceTiers)
    .innerJoin(skus, and(eq(skus.hubId, skuPriceTiers.hubId), eq(skus.id, skuPriceTiers.skuId)))
    .where(
      and(
        ofProduct,
        sql`${skuPriceTiers.minQuantity} = (select min(t.min_quantity) from sku_price_tiers t where t.hub_id = ${skuPriceTiers.hubId} and t.sku_id = ${skuPriceTiers.skuId})`,
      ),
    );
  const variants = (column: ReturnType<typeof sql>) => db.select({ value: column }).from(skus).where(ofProduct);
  await db
    .update(products)
    .set({
      priceFen: sql`(${firstTier})`,
      dropshipPriceFen: sql`(${variants(sql`min(${skus.dropshipPriceFen})`)})`,
      available: sql`coalesce((${variants(sql`sum(${skus.onHand} - ${skus.reserved})`)}), 0)`,
      clearanceQuantity: sql`coalesce((${variants(sql`sum(${skus.clearanceQuantity})`)}), 0)`,
      searchVector: sql`to_tsvector('simple', ${products.title} || ' ' || ${products.description} || ' ' || coalesce((${variants(sql`string_agg(${skus.code}, ' ')`)}), ''))`,
    })
    .where(and(eq(products.hubId, hubId), eq(products.id, productId)));
}
