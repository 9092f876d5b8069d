import type { components, paths } from "../api/schema.gen";
import { fenToYuan, parseYuan } from "../locales/money";

export type Sku = components["schemas"]["Product"]["skus"][number];
export type SkuFields =
  paths["/api/orgs/{orgId}/products/{productId}/skus/{skuId}"]["put"]["requestBody"]["content"]["application/json"];

/** A variant's prices in yuan and its stock, as typed. */
export type VariantDraft = { tierPrices: string[]; dropship: string; retail: string; onHand: string };

const MAX_STOCK = 10_000_000;

export function variantDraft(sku: Sku): VariantDraft {
  const yuan = (fen: number | null) => (fen === null ? "" : fenToYuan(fen));
  return {
    tierPrices: sku.tiers.map((tier) => fenToYuan(tier.priceFen)),
    dropship: yuan(sku.dropshipPriceFen),
    retail: yuan(sku.retailPriceFen),
    onHand: String(sku.onHand),
  };
}

/** Where the draft holds something that is not an amount or a count, by the server's field names. */
export function badVariantFields(draft: VariantDraft): string[] {
  const bad: string[] = [];
  draft.tierPrices.forEach((typed, i) => {
    if (!parseYuan(typed)) bad.push(`tiers.${i}.priceFen`);
  });
  if (draft.dropship.trim() && parseYuan(draft.dropship) === undefined) bad.push("dropshipPriceFen");
  if (draft.retail.trim() && parseYuan(draft.retail) === undefined) bad.push("retailPriceFen");
  const stock = draft.onHand.trim();
  if (!/^\d{1,8}$/.test(stock) || Number(stock) > MAX_STOCK) bad.push("onHand");
  return bad;
}

/**
 * What saving sends: the variant's fields with the new prices when a price moved (the
 * server replaces them all, so weight, sizes and clearance go back as they were), and
 * the stock counted when it differs. Call only for a draft without bad fields.
 */
export function variantChanges(sku: Sku, draft: VariantDraft): { fields?: SkuFields; onHand?: number } {
  const optional = (typed: string) => (typed.trim() ? (parseYuan(typed) ?? null) : null);
  const tiers = sku.tiers.map((tier, i) => ({
    minQuantity: tier.minQuantity,
    priceFen: parseYuan(draft.tierPrices[i] ?? "") ?? tier.priceFen,
  }));
  const dropshipPriceFen = optional(draft.dropship);
  const retailPriceFen = optional(draft.retail);
  const pricesMoved =
    tiers.some((tier, i) => tier.priceFen !== sku.tiers[i]?.priceFen) ||
    dropshipPriceFen !== sku.dropshipPriceFen ||
    retailPriceFen !== sku.retailPriceFen;
  const onHand = Number(draft.onHand.trim());
  return {
    ...(pricesMoved
      ? {
          fields: {
            barcode: sku.barcode,
            weightGrams: sku.weightGrams,
            lengthMm: sku.lengthMm,
            widthMm: sku.widthMm,
            heightMm: sku.heightMm,
            dropshipPriceFen,
            retailPriceFen,
            clearanceQuantity: sku.clearanceQuantity,
            clearancePriceFen: sku.clearancePriceFen,
            tiers,
          },
        }
      : {}),
    ...(onHand !== sku.onHand ? { onHand } : {}),
  };
}
