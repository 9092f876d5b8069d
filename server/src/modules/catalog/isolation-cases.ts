import type { IsolationCase } from "../accounts/isolation-cases.js";

export function sampleProduct(code: string) {
  return {
    title: "帆布托特包",
    skus: [{ code, optionValues: [], weightGrams: 300, onHand: 10, tiers: [{ minQuantity: 1, priceFen: 1500 }] }],
  };
}

export const catalogCases: Record<string, IsolationCase> = {
  "POST /api/orgs/{orgId}/products": { body: sampleProduct("OUTSIDER-1") },
  "GET /api/orgs/{orgId}/products": {},
  "GET /api/orgs/{orgId}/products/{productId}": {},
  "PATCH /api/orgs/{orgId}/products/{productId}": { body: { title: "被篡改的商品" } },
  "PUT /api/orgs/{orgId}/products/{productId}/skus/{skuId}": {
    body: { weightGrams: 1, tiers: [{ minQuantity: 1, priceFen: 1 }] },
  },
  "POST /api/orgs/{orgId}/products/{productId}/skus/{skuId}/stock": { body: { onHand: 0 } },
};

/** Picture routes that name an organisation (catalog/pictures). */
export const pictureCases: Record<string, IsolationCase> = {};

/** Import routes that name an organisation (catalog/import). */
export const importCases: Record<string, IsolationCase> = {};
