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
export const pictureCases: Record<string, IsolationCase> = {
  // Multipart has no place in a case; the organisation is checked before any part is read.
  "POST /api/orgs/{orgId}/pictures": {},
  "PUT /api/orgs/{orgId}/products/{productId}/pictures": { body: { pictures: [] } },
};

/** Import routes that name an organisation (catalog/import). */
export const importCases: Record<string, IsolationCase> = {
  "GET /api/orgs/{orgId}/imports/template": {},
  // A multipart upload; the organisation gate answers before the body is read, so none is needed.
  "POST /api/orgs/{orgId}/imports": {},
  "GET /api/orgs/{orgId}/imports": {},
  "GET /api/orgs/{orgId}/imports/{importId}": {
    // The victim's own checked import of a one-row sheet, ready to apply.
    prepare: async ({ app, browser, orgId }) => {
      const { csv, postFiles, settled } = await import("./import/test-helpers.js");
      const sheet = csv([
        ["商品标题", "商家编码", "库存", "批发价(元)"],
        ["受害工厂的新包", "VICTIM-IMPORT-1", 5, "19.90"],
      ]);
      const url = `/api/orgs/${orgId}/imports`;
      const upload = await postFiles(app, browser, url, [{ field: "sheet", name: "products.csv", bytes: sheet }]);
      const importId: string = upload.json().id;
      await settled(browser, `${url}/${importId}`);
      return { importId };
    },
  },
  "POST /api/orgs/{orgId}/imports/{importId}/apply": {},
};
