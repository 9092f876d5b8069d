import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isCheckViolation } from "../../db/errors.js";
import { ConflictError, InvalidError, NotFoundError } from "../../http/errors.js";
import { type CatalogChange, emitCatalogChanges, emitStockAdded } from "./events.js";
import { refreshProductSummary } from "./product-summary.js";
import { requireOwnProduct, type SkuFields, type SupplierScope } from "./products.js";
import { skuPriceTiers, skus } from "./schema.js";
import { type Tier, tiersAscend } from "./variants.js";

const skuOf = (scope: SupplierScope, productId: string, skuId: string) =>
  and(eq(skus.hubId, scope.hubId), eq(skus.productId, productId), eq(skus.id, skuId), eq(skus.supplierId, scope.orgId));

type Stock = { onHand: number; reserved: number; available: number };

/**
 * Sets a SKU's stock on hand (a count after stocktaking) or moves it by a delta (goods in,
 * breakage). The row is locked while it changes, so concurrent orders reserving stock are
 * never lost; the database refuses to go below zero or below what orders have reserved.
 * Shops that picked it hear when it runs out or comes back.
 */
export async function changeStock(
  db: Db,
  scope: SupplierScope,
  productId: string,
  skuId: string,
  change: { onHand: number } | { delta: number },
): Promise<Stock> {
  await requireOwnProduct(db, scope, productId);
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx
        .select({ code: skus.code, onHand: skus.onHand, reserved: skus.reserved })
        .from(skus)
        .where(skuOf(scope, productId, skuId))
        .for("update");
      if (!before) throw new NotFoundError("sku");
      const onHand = "onHand" in change ? change.onHand : before.onHand + change.delta;
      if (onHand < 0) throw new ConflictError("stock_negative", {}, "onHand");
      await tx
        .update(skus)
        .set({ onHand, updatedAt: new Date() })
        .where(skuOf(scope, productId, skuId));
      await refreshProductSummary(tx as unknown as Db, scope.hubId, productId);
      if (onHand > before.onHand) await emitStockAdded(tx as unknown as Db, scope.hubId, [skuId]);
      const [now] = await tx
        .select({ reserved: skus.reserved })
        .from(skus)
        .where(skuOf(scope, productId, skuId));
      const reserved = now?.reserved ?? before.reserved;
      const after = { onHand, reserved, available: onHand - reserved };
      await emitCatalogChanges(
        tx as unknown as Db,
        stockChanges(scope.hubId, productId, skuId, before, after, before.code),
      );
      return after;
    });
  } catch (error) {
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

function stockChanges(
  hubId: string,
  productId: string,
  skuId: string,
  before: { onHand: number; reserved: number },
  after: Stock,
  code: string,
): CatalogChange[] {
  const wasAvailable = before.onHand - before.reserved > 0;
  if (wasAvailable === after.available > 0) return [];
  const kind = after.available > 0 ? "back_in_stock" : "out_of_stock";
  return [{ hubId, productId, skuId, kind, details: { code, available: after.available } }];
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
    const [before] = await tx
      .select({ code: skus.code, dropshipPriceFen: skus.dropshipPriceFen })
      .from(skus)
      .where(skuOf(scope, productId, skuId))
      .for("update");
    if (!before) throw new NotFoundError("sku");
    const beforeTiers = await tx
      .select({ minQuantity: skuPriceTiers.minQuantity, priceFen: skuPriceTiers.priceFen })
      .from(skuPriceTiers)
      .where(and(eq(skuPriceTiers.hubId, scope.hubId), eq(skuPriceTiers.skuId, skuId)))
      .orderBy(skuPriceTiers.minQuantity);
    await tx
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
      .where(skuOf(scope, productId, skuId));
    await tx.delete(skuPriceTiers).where(and(eq(skuPriceTiers.hubId, scope.hubId), eq(skuPriceTiers.skuId, skuId)));
    if (fields.tiers.length > 0) {
      await tx.insert(skuPriceTiers).values(fields.tiers.map((tier) => ({ hubId: scope.hubId, skuId, ...tier })));
    }
    await refreshProductSummary(tx as unknown as Db, scope.hubId, productId);
    const change = priceChange(before, beforeTiers, fields);
    if (change)
      await emitCatalogChanges(tx as unknown as Db, [
        { hubId: scope.hubId, productId, skuId, kind: "price_changed", details: change },
      ]);
  });
}

// A shop cares about what it pays: the dropship price and the first wholesale tier.
function priceChange(before: { code: string; dropshipPriceFen: number | null }, beforeTiers: Tier[], after: SkuFields) {
  const wholesaleBefore = beforeTiers[0]?.priceFen ?? null;
  const wholesaleAfter = after.tiers[0]?.priceFen ?? null;
  const dropshipAfter = after.dropshipPriceFen ?? null;
  if (before.dropshipPriceFen === dropshipAfter && wholesaleBefore === wholesaleAfter) return undefined;
  return { code: before.code, dropshipBefore: before.dropshipPriceFen, dropshipAfter, wholesaleBefore, wholesaleAfter };
}
