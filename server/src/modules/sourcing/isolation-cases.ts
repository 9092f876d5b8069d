import type { IsolationCase } from "../accounts/isolation-cases.js";
import { DEFAULT_PRICE_RULE } from "./price-rule.js";

// Bodies must pass validation, so that the answer outsiders get is the gate's 404, not a 400.
const SOME_PRODUCT = "00000000-0000-4000-8000-000000000001";

/** Sourcing routes that name an organisation. */
export const sourcingCases: Record<string, IsolationCase> = {
  "POST /api/orgs/{orgId}/picks": { body: { productId: SOME_PRODUCT } },
  "GET /api/orgs/{orgId}/picks": {},
  "PATCH /api/orgs/{orgId}/picks/{pickId}": {
    body: { priceOverrideFen: 1 },
    // The victim's own shop picks the victim's product, so the pick named is a real one.
    prepare: async ({ browser, hubId, productId }) => {
      const shopId = (await browser.post("/api/orgs", { hubId, kind: "shop", name: "受害者的小店" })).json().id;
      const pick = await browser.post(`/api/orgs/${shopId}/picks`, { productId });
      if (pick.statusCode !== 201) throw new Error(`the victim's shop could not pick: ${pick.body}`);
      return { pickId: pick.json().id };
    },
  },
  "DELETE /api/orgs/{orgId}/picks/{pickId}": {},
  "GET /api/orgs/{orgId}/price-rule": {},
  "PUT /api/orgs/{orgId}/price-rule": { body: DEFAULT_PRICE_RULE },
  "GET /api/orgs/{orgId}/exports/check": {},
  "POST /api/orgs/{orgId}/exports": { body: {} },
  "GET /api/orgs/{orgId}/stock-feed": {},
  "POST /api/orgs/{orgId}/stock-feed": { body: {} },
  "GET /api/orgs/{orgId}/alerts": {},
  "POST /api/orgs/{orgId}/alerts/read": { body: {} },
};
