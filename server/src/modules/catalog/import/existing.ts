import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import type { ProductStatus, SupplierScope } from "../products.js";
import { type ProductOption, products, skuPriceTiers, skus } from "../schema.js";
import type { Tier } from "../variants.js";

export type ExistingSku = {
  id: string;
  productId: string;
  code: string;
  optionValues: string[];
  position: number;
  barcode: string | null;
  weightGrams: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  onHand: number;
  reserved: number;
  dropshipPriceFen: number | null;
  retailPriceFen: number | null;
  clearanceQuantity: number;
  clearancePriceFen: number | null;
  tiers: Tier[];
};

export type ExistingProduct = {
  id: string;
  title: string;
  description: string;
  categoryId: string | null;
  options: ProductOption[];
  moq: number;
  status: ProductStatus;
  skus: ExistingSku[];
};

/** The supplier's products that a batch of rows touches, found by the rows' SKU codes. */
export type Existing = { byCode: Map<string, ExistingSku>; products: Map<string, ExistingProduct> };

/**
 * Loads the supplier's SKUs with the given codes, with every SKU of their products and the
 * SKUs' tiers. With `lock`, the products and then their SKUs are locked in id order, so an
 * apply and concurrent orders or imports never wait on each other in a circle.
 */
export async function loadExisting(db: Db, scope: SupplierScope, codes: string[], lock: boolean): Promise<Existing> {
  const existing: Existing = { byCode: new Map(), products: new Map() };
  if (codes.length === 0) return existing;
  const matched = await db
    .selectDistinct({ productId: skus.productId })
    .from(skus)
    .where(and(eq(skus.hubId, scope.hubId), eq(skus.supplierId, scope.orgId), inArray(skus.code, codes)));
  const productIds = matched.map((row) => row.productId).sort();
  if (productIds.length === 0) return existing;

  const productQuery = db
    .select({
      id: products.id,
      title: products.title,
      description: products.description,
      categoryId: products.categoryId,
      options: products.options,
      moq: products.moq,
      status: products.status,
    })
    .from(products)
    .where(and(eq(products.hubId, scope.hubId), inArray(products.id, productIds)))
    .orderBy(asc(products.id));
  const productRows = lock ? await productQuery.for("update") : await productQuery;
  const skuQuery = db
    .select({
      id: skus.id,
      productId: skus.productId,
      code: skus.code,
      optionValues: skus.optionValues,
      position: skus.position,
      barcode: skus.barcode,
      weightGrams: skus.weightGrams,
      lengthMm: skus.lengthMm,
      widthMm: skus.widthMm,
      heightMm: skus.heightMm,
      onHand: skus.onHand,
      reserved: skus.reserved,
      dropshipPriceFen: skus.dropshipPriceFen,
      retailPriceFen: skus.retailPriceFen,
      clearanceQuantity: skus.clearanceQuantity,
      clearancePriceFen: skus.clearancePriceFen,
    })
    .from(skus)
    .where(and(eq(skus.hubId, scope.hubId), inArray(skus.productId, productIds)))
    .orderBy(asc(skus.id));
  const skuRows = lock ? await skuQuery.for("update") : await skuQuery;
  const tierRows = await db
    .select({ skuId: skuPriceTiers.skuId, minQuantity: skuPriceTiers.minQuantity, priceFen: skuPriceTiers.priceFen })
    .from(skuPriceTiers)
    .innerJoin(skus, and(eq(skus.hubId, skuPriceTiers.hubId), eq(skus.id, skuPriceTiers.skuId)))
    .where(and(eq(skuPriceTiers.hubId, scope.hubId), inArray(skus.productId, productIds)))
    .orderBy(asc(skuPriceTiers.minQuantity));

  const tiersOf = new Map<string, Tier[]>();
  for (const { skuId, ...tier } of tierRows) tiersOf.set(skuId, [...(tiersOf.get(skuId) ?? []), tier]);
  for (const row of productRows) existing.products.set(row.id, { ...row, skus: [] });
  for (const row of skuRows.sort((a, b) => a.position - b.position)) {
    const sku = { ...row, tiers: tiersOf.get(row.id) ?? [] };
    existing.products.get(row.productId)?.skus.push(sku);
    existing.byCode.set(row.code, sku);
  }
  return existing;
}
