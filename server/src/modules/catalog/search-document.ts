import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { products, skus } from "./schema.js";

/**
 * Recomputes a product's search vector from its title, description, attributes and SKU
 * codes. Called inside every write that changes one of them.
 */
export async function refreshSearchVector(db: Db, hubId: string, productId: string): Promise<void> {
  const codes = db
    .select({ codes: sql<string>`coalesce(string_agg(${skus.code}, ' '), '')` })
    .from(skus)
    .where(and(eq(skus.hubId, hubId), eq(skus.productId, productId)));
  await db
    .update(products)
    .set({
      searchVector: sql`to_tsvector('simple', ${products.title} || ' ' || ${products.description} || ' ' || (${codes}))`,
    })
    .where(and(eq(products.hubId, hubId), eq(products.id, productId)));
}
