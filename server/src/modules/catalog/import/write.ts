import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { type CatalogChange, emitCatalogChanges, emitStockAdded } from "../events.js";
import { refreshProductSummaries } from "../product-summary.js";
import type { SupplierScope } from "../products.js";
import { productPictures, products, skuPriceTiers, skus } from "../schema.js";
import type { GroupPlan, SkuValues } from "./plan.js";

/**
 * Writes a batch of checked products inside the apply's transaction, in a few statements
 * for the whole batch, each taking its rows as one JSON parameter (jsonb_to_recordset):
 * building a 10,000-parameter INSERT costs more than PostgreSQL's work on it. Then every
 * touched product's summary is refreshed (refreshProductSummaries, as the catalog's own
 * writes do) and shops that picked a product hear of price, stock and status changes, as
 * from the catalog's own functions. `pictureIds` maps the sheet's picture names (folded)
 * to stored pictures.
 */
export async function writeBatch(
  tx: Db,
  scope: SupplierScope,
  plans: GroupPlan[],
  pictureIds: Map<string, string>,
): Promise<void> {
  const { hubId, orgId } = scope;
  const productIdOf = new Map<GroupPlan, string>();
  for (const plan of plans) productIdOf.set(plan, plan.target?.id ?? randomUUID());
  const productRow = (plan: GroupPlan) => ({
    id: productIdOf.get(plan),
    title: plan.product.title.trim(),
    description: plan.product.description,
    category_id: plan.product.categoryId ?? null,
    options: plan.product.options,
    moq: plan.product.moq,
    status: plan.product.status,
  });

  const newProducts = plans.filter((plan) => !plan.target).map(productRow);
  if (newProducts.length > 0)
    await tx.execute(sql`
      insert into ${products} (hub_id, supplier_id, id, title, description, category_id, options, moq, status)
      select ${hubId}, ${orgId}, v.id, v.title, v.description, v.category_id, v.options, v.moq, v.status::product_status
      from jsonb_to_recordset(${JSON.stringify(newProducts)}::jsonb) as v(${PRODUCT_FIELDS})`);

  const changedProducts = plans.filter((plan) => plan.target && plan.productChanges.length > 0).map(productRow);
  if (changedProducts.length > 0)
    await tx.execute(sql`
      update ${products} set title = v.title, description = v.description, category_id = v.category_id,
        options = v.options, moq = v.moq, status = v.status::product_status, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(changedProducts)}::jsonb) as v(${PRODUCT_FIELDS})
      where ${products.hubId} = ${hubId} and ${products.id} = v.id`);

  // New SKUs go after the existing ones of their product, in the order of the sheet.
  const created: { id: string; productId: string; position: number; values: SkuValues }[] = [];
  for (const plan of plans) {
    const productId = productIdOf.get(plan) as string;
    let position = Math.max(-1, ...(plan.target?.skus.map((sku) => sku.position) ?? []));
    for (const { values } of plan.creates) created.push({ id: randomUUID(), productId, position: ++position, values });
  }
  if (created.length > 0) {
    const rows = created.map(({ id, productId, position, values }) => ({
      id,
      product_id: productId,
      position,
      ...skuRow(values),
    }));
    await tx.execute(sql`
      insert into ${skus} (hub_id, supplier_id, id, product_id, position, code, option_values, barcode, weight_grams,
        length_mm, width_mm, height_mm, on_hand, dropship_price_fen, retail_price_fen, clearance_quantity,
        clearance_price_fen)
      select ${hubId}, ${orgId}, v.id, v.product_id, v.position, v.code, v.option_values, v.barcode, v.weight_grams,
        v.length_mm, v.width_mm, v.height_mm, v.on_hand, v.dropship_price_fen, v.retail_price_fen,
        v.clearance_quantity, v.clearance_price_fen
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(id uuid, product_id uuid, position int, ${SKU_FIELDS})`);
  }

  const updated = plans.flatMap((plan) => plan.updates);
  if (updated.length > 0) {
    const rows = updated.map(({ existing, values }) => ({ id: existing?.id, ...skuRow(values) }));
    await tx.execute(sql`
      update ${skus} set option_values = v.option_values, barcode = v.barcode, weight_grams = v.weight_grams,
        length_mm = v.length_mm, width_mm = v.width_mm, height_mm = v.height_mm, on_hand = v.on_hand,
        dropship_price_fen = v.dropship_price_fen, retail_price_fen = v.retail_price_fen,
        clearance_quantity = v.clearance_quantity, clearance_price_fen = v.clearance_price_fen, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, ${SKU_FIELDS})
      where ${skus.hubId} = ${hubId} and ${skus.id} = v.id`);
    const ids = updated.map(({ existing }) => existing?.id);
    await tx.execute(sql`
      delete from ${skuPriceTiers} where ${skuPriceTiers.hubId} = ${hubId}
        and ${skuPriceTiers.skuId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`);
  }

  const tiers = [
    ...created.map(({ id, values }) => ({ id, tiers: values.tiers })),
    ...updated.map(({ existing, values }) => ({ id: existing?.id, tiers: values.tiers })),
  ].flatMap(({ id, tiers }) =>
    tiers.map((tier) => ({ sku_id: id, min_quantity: tier.minQuantity, price_fen: tier.priceFen })),
  );
  if (tiers.length > 0)
    await tx.execute(sql`
      insert into ${skuPriceTiers} (hub_id, sku_id, min_quantity, price_fen)
      select ${hubId}, v.sku_id, v.min_quantity, v.price_fen
      from jsonb_to_recordset(${JSON.stringify(tiers)}::jsonb) as v(sku_id uuid, min_quantity int, price_fen int)`);

  const galleries = plans.filter((plan) => plan.pictures !== undefined);
  const replaced = galleries.filter((plan) => plan.target).map((plan) => productIdOf.get(plan));
  if (replaced.length > 0)
    await tx.execute(sql`
      delete from ${productPictures} where ${productPictures.hubId} = ${hubId}
        and ${productPictures.productId} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(replaced)}::jsonb))`);
  const pictureRows = galleries.flatMap((plan) => {
    const shas = [...new Set((plan.pictures ?? []).map((name) => pictureIds.get(fold(name))))];
    return shas.map((sha256, position) => {
      if (!sha256) throw new Error("a picture was not stored before the apply");
      return { product_id: productIdOf.get(plan), position, sha256 };
    });
  });
  if (pictureRows.length > 0)
    await tx.execute(sql`
      insert into ${productPictures} (hub_id, product_id, position, sha256)
      select ${hubId}, v.product_id, v.position, v.sha256
      from jsonb_to_recordset(${JSON.stringify(pictureRows)}::jsonb) as v(product_id uuid, position int, sha256 text)`);

  const touched = plans.filter(
    (plan) =>
      !plan.target ||
      plan.productChanges.length > 0 ||
      plan.creates.length > 0 ||
      plan.updates.length > 0 ||
      plan.pictures !== undefined,
  );
  await refreshProductSummaries(
    tx,
    hubId,
    touched.map((plan) => productIdOf.get(plan) as string),
  );
  await emitCatalogChanges(tx, changesOf(hubId, plans));
  await emitStockAdded(tx, hubId, stockAdded(plans));
}

/** The existing SKUs whose stock on hand the sheet raises. */
function stockAdded(plans: GroupPlan[]): string[] {
  return plans.flatMap((plan) =>
    plan.updates.flatMap(({ values, existing }) => (existing && values.onHand > existing.onHand ? [existing.id] : [])),
  );
}

const PRODUCT_FIELDS = sql.raw(
  "id uuid, title text, description text, category_id uuid, options jsonb, moq int, status text",
);
const SKU_FIELDS = sql.raw(
  "code text, option_values jsonb, barcode text, weight_grams int, length_mm int, width_mm int, height_mm int, " +
    "on_hand int, dropship_price_fen int, retail_price_fen int, clearance_quantity int, clearance_price_fen int",
);

export const fold = (name: string) => name.normalize("NFC").toLowerCase();

function skuRow(values: SkuValues) {
  return {
    code: values.code,
    option_values: values.optionValues,
    barcode: values.barcode,
    weight_grams: values.weightGrams,
    length_mm: values.lengthMm,
    width_mm: values.widthMm,
    height_mm: values.heightMm,
    on_hand: values.onHand,
    dropship_price_fen: values.dropshipPriceFen,
    retail_price_fen: values.retailPriceFen,
    clearance_quantity: values.clearanceQuantity,
    clearance_price_fen: values.clearancePriceFen,
  };
}

/** What shops that picked these products hear: the same changes the catalog's own writes announce. */
function changesOf(hubId: string, plans: GroupPlan[]): CatalogChange[] {
  const changes: CatalogChange[] = [];
  for (const plan of plans) {
    const target = plan.target;
    if (!target) continue;
    for (const { existing, values } of plan.updates) {
      if (!existing) continue;
      const skuId = existing.id;
      const wholesaleBefore = existing.tiers[0]?.priceFen ?? null;
      const wholesaleAfter = values.tiers[0]?.priceFen ?? null;
      if (existing.dropshipPriceFen !== values.dropshipPriceFen || wholesaleBefore !== wholesaleAfter) {
        changes.push({
          hubId,
          productId: target.id,
          skuId,
          kind: "price_changed",
          details: {
            code: existing.code,
            dropshipBefore: existing.dropshipPriceFen,
            dropshipAfter: values.dropshipPriceFen,
            wholesaleBefore,
            wholesaleAfter,
          },
        });
      }
      const wasAvailable = existing.onHand - existing.reserved > 0;
      const available = values.onHand - existing.reserved;
      if (wasAvailable !== available > 0) {
        const kind = available > 0 ? "back_in_stock" : "out_of_stock";
        changes.push({ hubId, productId: target.id, skuId, kind, details: { code: existing.code, available } });
      }
    }
    if (plan.product.status === "archived" && target.status !== "archived")
      changes.push({ hubId, productId: target.id, kind: "archived", details: { title: target.title } });
  }
  return changes;
}
