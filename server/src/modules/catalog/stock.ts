import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isCheckViolation } from "../../db/errors.js";
import { ConflictError, InvalidError, NotFoundError } from "../../http/errors.js";
import { requireOwnProduct, type SkuFields, type SupplierScope } from "./products.js";
import { skuPriceTiers, skus } from "./schema.js";
import { tiersAscend } from "./variants.js";

const skuOf = (scope: SupplierScope, productId: string, skuId: string) =>
  and(eq(skus.hubId, scope.hubId), eq(skus.productId, productId), eq(skus.id, skuId), eq(skus.supplierId, scope.orgId));

/**
 * Sets a SKU's stock on hand (a count after stocktaking) or moves it by a delta (goods in,
 * breakage). One statement, so concurrent orders reserving stock are never lost; the
 * database refuses to go below zero or below what orders have reserved.
 */
export async function changeStock(
  db: Db,
  scope: SupplierScope,
  productId: string,
  skuId: string,
  change: { onHand: number } | { delta: number },
): Promise<{ onHand: number; reserved: number; available: number }> {
  await requireOwnProduct(db, scope, productId);
  const onHand = "onHand" in change ? sql`${change.onHand}` : sql`${skus.onHand} + ${change.delta}`;
  try {
    const [row] = await db
      .update(skus)
      .set({ onHand: sql`${onHand}`, updatedAt: new Date() })
      .where(skuOf(scope, productId, skuId))
      .returning({ onHand: skus.onHand, reserved: skus.reserved });
    if (!row) throw new NotFoundError("sku");
    return { ...row, available: row.onHand - row.reserved };
  } catch (error) {
    if (isCheckViolation(error, "skus_on_hand_not_negative")) throw new ConflictError("stock_negative", {}, "onHand");
    if (isCheckViolation(error, "skus_reserved_within_on_hand")) {
      const [sku] = await db
        .select({ reserved: skus.reserved })
        .from(skus)
        .where(skuOf(scope, productId, skuId));
      throw new ConflictError("stock_below_reserved", { reserved: sku?.reserved ?? 0 }, "onHand");
    }
    throw error;
  }
}

/** Replaces a SKU's prices, tiers, weight and sizes (not its code, options or stock). */
export async function updateSku(
  db: Db,
  scope: SupplierScope,
  productId: string,
  skuId: string,
  fields: SkuFields,
): Promise<void> {
  if (!tiersAscend(fields.tiers))
    throw new InvalidError("validation_failed", {}, [{ path: "tiers", code: "tiers_not_ascending" }]);
  await requireOwnProduct(db, scope, productId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(skus)
      .set({
        barcode: fields.barcode ?? null,
        weightGrams: fields.weightGrams,
        lengthMm: fields.lengthMm ?? null,
        widthMm: fields.widthMm ?? null,
        heightMm: fields.heightMm ?? null,
        dropshipPriceFen: fields.dropshipPriceFen ?? null,
        retailPriceFen: fields.retailPriceFen ?? null,
        clearanceQuantity: fields.clearanceQuantity ?? 0,
        clearancePriceFen: fields.clearancePriceFen ?? null,
        updatedAt: new Date(),
      })
      .where(skuOf(scope, productId, skuId))
      .returning({ id: skus.id });
    if (!row) throw new NotFoundError("sku");
    await tx.delete(skuPriceTiers).where(and(eq(skuPriceTiers.hubId, scope.hubId), eq(skuPriceTiers.skuId, skuId)));
    if (fields.tiers.length > 0) {
      await tx.insert(skuPriceTiers).values(fields.tiers.map((tier) => ({ hubId: scope.hubId, skuId, ...tier })));
    }
  });
}
