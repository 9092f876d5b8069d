import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isUniqueViolation } from "../../db/errors.js";
import { ConflictError, InvalidError, NotFoundError } from "../../http/errors.js";
import { requireCategory } from "./categories.js";
import { emitCatalogChanges } from "./events.js";
import { refreshProductSummary } from "./product-summary.js";
import { type ProductAttribute, type ProductOption, productPictures, products, skuPriceTiers, skus } from "./schema.js";
import { type Tier, variantProblems } from "./variants.js";

export type ProductStatus = "draft" | "active" | "archived";
export type SkuFields = {
  barcode?: string | null | undefined;
  weightGrams: number;
  lengthMm?: number | null | undefined;
  widthMm?: number | null | undefined;
  heightMm?: number | null | undefined;
  dropshipPriceFen?: number | null | undefined;
  retailPriceFen?: number | null | undefined;
  clearanceQuantity?: number | undefined;
  clearancePriceFen?: number | null | undefined;
  tiers: Tier[];
};
export type SkuInput = SkuFields & { code: string; optionValues: string[]; onHand: number };
export type ProductInput = {
  title: string;
  description?: string | undefined;
  categoryId?: string | null | undefined;
  attributes?: ProductAttribute[] | undefined;
  options?: ProductOption[] | undefined;
  moq?: number | undefined;
  status?: ProductStatus | undefined;
  skus: SkuInput[];
};
export type SupplierScope = { hubId: string; orgId: string };

/** Lists a product with its variants, their tiers and stock, in one transaction. */
export async function createProduct(db: Db, scope: SupplierScope, input: ProductInput) {
  const options = input.options ?? [];
  const problems = variantProblems(options, input.skus);
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
  if (input.categoryId) await requireCategory(db, scope.hubId, input.categoryId);
  await refuseTakenCodes(db, scope, input.skus);
  try {
    const productId = await db.transaction(async (tx) => {
      const [product] = await tx
        .insert(products)
        .values({
          hubId: scope.hubId,
          supplierId: scope.orgId,
          title: input.title.trim(),
          description: input.description ?? "",
          categoryId: input.categoryId ?? null,
          attributes: input.attributes ?? [],
          options,
          moq: input.moq ?? 1,
          status: input.status ?? "draft",
        })
        .returning({ id: products.id });
      if (!product) throw new Error("insert returned nothing");
      await insertSkus(tx as unknown as Db, scope, product.id, input.skus);
      await refreshProductSummary(tx as unknown as Db, scope.hubId, product.id);
      return product.id;
    });
    return getProduct(db, scope.hubId, productId);
  } catch (error) {
    if (isUniqueViolation(error, "skus_supplier_code_key"))
      throw new ConflictError("sku_code_taken", { code: "" }, "skus");
    throw error;
  }
}

async function insertSkus(db: Db, scope: SupplierScope, productId: string, inputs: SkuInput[]): Promise<void> {
  const rows = await db
    .insert(skus)
    .values(
      inputs.map((sku, position) => ({
        hubId: scope.hubId,
        productId,
        supplierId: scope.orgId,
        position,
        code: sku.code,
        optionValues: sku.optionValues,
        onHand: sku.onHand,
        ...skuFields(sku),
      })),
    )
    .returning({ id: skus.id, code: skus.code });
  const idOf = new Map(rows.map((row) => [row.code, row.id]));
  const tiers = inputs.flatMap((sku) =>
    sku.tiers.map((tier) => ({ hubId: scope.hubId, skuId: idOf.get(sku.code) as string, ...tier })),
  );
  if (tiers.length > 0) await db.insert(skuPriceTiers).values(tiers);
}

function skuFields(sku: SkuFields) {
  return {
    barcode: sku.barcode ?? null,
    weightGrams: sku.weightGrams,
    lengthMm: sku.lengthMm ?? null,
    widthMm: sku.widthMm ?? null,
    heightMm: sku.heightMm ?? null,
    dropshipPriceFen: sku.dropshipPriceFen ?? null,
    retailPriceFen: sku.retailPriceFen ?? null,
    clearanceQuantity: sku.clearanceQuantity ?? 0,
    clearancePriceFen: sku.clearancePriceFen ?? null,
  };
}

// Says which code clashes, where the unique index alone could not.
async function refuseTakenCodes(db: Db, scope: SupplierScope, inputs: SkuInput[]): Promise<void> {
  const codes = inputs.map((sku) => sku.code);
  const taken = await db
    .select({ code: skus.code })
    .from(skus)
    .where(and(eq(skus.hubId, scope.hubId), eq(skus.supplierId, scope.orgId), inArray(skus.code, codes)));
  if (taken.length === 0) return;
  const takenCodes = new Set(taken.map((row) => row.code));
  const problems = inputs.flatMap((sku, i) =>
    takenCodes.has(sku.code)
      ? [{ path: `skus.${i}.code`, code: "sku_code_taken" as const, params: { code: sku.code } }]
      : [],
  );
  throw new ConflictError("sku_code_taken", { code: [...takenCodes].join(", ") }, undefined, problems);
}

/** A product with its variants (stock, tiers) and gallery, or 404. */
export async function getProduct(db: Db, hubId: string, productId: string) {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.hubId, hubId), eq(products.id, productId)));
  if (!product) throw new NotFoundError("product");
  const variants = await db
    .select()
    .from(skus)
    .where(and(eq(skus.hubId, hubId), eq(skus.productId, productId)))
    .orderBy(asc(skus.position));
  const tiers = variants.length
    ? await db
        .select()
        .from(skuPriceTiers)
        .where(
          and(
            eq(skuPriceTiers.hubId, hubId),
            inArray(
              skuPriceTiers.skuId,
              variants.map((v) => v.id),
            ),
          ),
        )
        .orderBy(asc(skuPriceTiers.minQuantity))
    : [];
  const gallery = await db
    .select({ sha256: productPictures.sha256 })
    .from(productPictures)
    .where(and(eq(productPictures.hubId, hubId), eq(productPictures.productId, productId)))
    .orderBy(asc(productPictures.position));
  const { searchVector: _, ...fields } = product;
  return {
    ...fields,
    pictures: gallery.map((p) => p.sha256),
    skus: variants.map((v) => ({
      ...v,
      available: v.onHand - v.reserved,
      tiers: tiers.filter((t) => t.skuId === v.id).map(({ minQuantity, priceFen }) => ({ minQuantity, priceFen })),
    })),
  };
}

export type Product = Awaited<ReturnType<typeof getProduct>>;

/** A supplier's own products, newest first, whatever their status. */
export function supplierProducts(
  db: Db,
  scope: SupplierScope,
  filter: { status?: ProductStatus | undefined; limit: number; offset: number },
) {
  return db
    .select({
      id: products.id,
      title: products.title,
      status: products.status,
      moq: products.moq,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .where(
      and(
        eq(products.hubId, scope.hubId),
        eq(products.supplierId, scope.orgId),
        filter.status ? eq(products.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(products.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** The supplier's product, or 404 when it is another's: the same answer as for no product. */
export async function requireOwnProduct(db: Db, scope: SupplierScope, productId: string): Promise<void> {
  const [row] = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.hubId, scope.hubId), eq(products.id, productId), eq(products.supplierId, scope.orgId)));
  if (!row) throw new NotFoundError("product");
}

export async function updateProduct(
  db: Db,
  scope: SupplierScope,
  productId: string,
  changes: Partial<Pick<ProductInput, "title" | "description" | "categoryId" | "attributes" | "moq" | "status">>,
) {
  await requireOwnProduct(db, scope, productId);
  if (changes.categoryId) await requireCategory(db, scope.hubId, changes.categoryId);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: products.status, title: products.title })
      .from(products)
      .where(and(eq(products.hubId, scope.hubId), eq(products.id, productId)))
      .for("update");
    await tx
      .update(products)
      .set({ ...changes, ...(changes.title ? { title: changes.title.trim() } : {}), updatedAt: new Date() })
      .where(and(eq(products.hubId, scope.hubId), eq(products.id, productId)));
    await refreshProductSummary(tx as unknown as Db, scope.hubId, productId);
    if (changes.status === "archived" && before?.status !== "archived") {
      await emitCatalogChanges(tx as unknown as Db, [
        { hubId: scope.hubId, productId, kind: "archived", details: { title: before?.title ?? "" } },
      ]);
    }
  });
  return getProduct(db, scope.hubId, productId);
}
