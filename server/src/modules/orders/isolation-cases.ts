import { sql } from "drizzle-orm";
import { queryRows } from "../../db/connection.js";
import type { IsolationCase, Victim } from "../accounts/isolation-cases.js";
import { createOrganisation } from "../accounts/organisations.js";
import { addPick } from "../sourcing/picks.js";
import { runCutoff } from "./cutoff/run.js";
import { recordOrders } from "./record/record.js";

/**
 * A real purchase order of the victim supplier: a shop of the same owner picks the victim's
 * product, orders one, and the day's cut-off runs.
 */
async function victimPurchaseOrder({ db, hubId, userId, productId }: Victim) {
  const shop = await createOrganisation(db, { hubId, kind: "shop", name: "受害者的网店" }, userId);
  const scope = { hubId, orgId: shop.id };
  await addPick(db, scope, { productId });
  const [sku] = await queryRows<{ code: string }>(
    db,
    sql`select code from skus where product_id = ${productId} limit 1`,
  );
  await recordOrders(db, scope, [
    {
      platform: "manual",
      platformOrderNumber: "VICTIM-ORDER-1",
      buyerName: "张三",
      phone: "13812341234",
      address: { provinceCode: "33", province: "浙江省", cityCode: "3307", city: "金华市", detail: "青岩刘村 1 号" },
      placedAt: new Date().toISOString(),
      lines: [{ skuCode: sku?.code as string, title: "", quantity: 1, unitPriceFen: 100 }],
    },
  ]);
  await runCutoff(db, hubId);
  const [line] = await queryRows<{ po: string; line: string }>(
    db,
    sql`select purchase_order_id as po, order_line_id as line from purchase_order_lines
        where hub_id = ${hubId} and purchase_order_id in (select id from purchase_orders where shop_id = ${shop.id})`,
  );
  return { poId: line?.po as string, lineId: line?.line as string, counterpartyId: shop.id, format: "pdf" };
}

/** Orders routes that name an organisation. */
export const ordersCases: Record<string, IsolationCase> = {
  // A multipart upload; the gate answers before the body is read.
  "POST /api/orgs/{orgId}/orders/imports": {},
  "POST /api/orgs/{orgId}/orders": {
    body: {
      buyerName: "张三",
      phone: "13812341234",
      address: "浙江省金华市义乌市江东街道 1 号",
      lines: [{ skuCode: "VICTIM-1", quantity: 1 }],
    },
  },
  "GET /api/orgs/{orgId}/orders": {},
  "POST /api/orgs/{orgId}/order-lines/{lineId}/cancel": {},
  "GET /api/orgs/{orgId}/purchase-orders": {},
  "GET /api/orgs/{orgId}/purchase-orders/{poId}": { prepare: victimPurchaseOrder },
  "POST /api/orgs/{orgId}/purchase-orders/{poId}/status": { body: { status: "confirmed" } },
  "POST /api/orgs/{orgId}/purchase-orders/{poId}/lines/{lineId}/short": { body: { shortQuantity: 1 } },
  "GET /api/orgs/{orgId}/statements": {},
  "GET /api/orgs/{orgId}/pick-list.pdf": {},
  "GET /api/orgs/{orgId}/purchase-orders/{poId}/pdf": {},
  "GET /api/orgs/{orgId}/statements/{counterpartyId}/{format}": {},
};
