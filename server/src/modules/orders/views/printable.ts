import type { Db } from "../../../db/connection.js";
import { NotFoundError } from "../../../http/errors.js";
import { getHub } from "../../accounts/hubs.js";
import { getOrderSettings } from "../cutoff/settings.js";
import type { PickListDocument, PurchaseOrderDocument, StatementDocument } from "../documents/types.js";
import type { OrgScope } from "../purchase-orders/handover.js";
import { listPurchaseOrders, type PurchaseOrderView } from "./purchase-orders.js";
import type { Statement } from "./statements.js";

/** What every document's header says: the hub's name and its cut-off time. */
async function hubHeader(db: Db, hubId: string) {
  const [hub, settings] = await Promise.all([getHub(db, hubId), getOrderSettings(db, hubId)]);
  return { hubName: hub.name, cutoffTime: settings.cutoffTime };
}

/** A supplier's pick list of a business day: every purchase order, shop by shop. */
export async function pickListOf(db: Db, supplier: OrgScope, date: string): Promise<PickListDocument> {
  const pos = await listPurchaseOrders(db, supplier, "supplier", { date });
  if (pos.length === 0) throw new NotFoundError("purchase_order");
  return {
    ...(await hubHeader(db, supplier.hubId)),
    supplierName: pos[0]?.supplierName as string,
    date,
    shops: pos.map((po) => ({
      shopName: po.shopName,
      purchaseOrderNumber: po.number,
      fulfilment: po.mode,
      lines: po.lines.map((line) => ({ ...skuText(line), quantity: line.quantity - line.shortQuantity })),
    })),
  };
}

export async function purchaseOrderDocument(
  db: Db,
  hubId: string,
  po: PurchaseOrderView,
): Promise<PurchaseOrderDocument> {
  const { hubName, cutoffTime } = await hubHeader(db, hubId);
  return {
    number: po.number,
    hubName,
    date: po.businessDate,
    cutoffTime,
    fulfilment: po.mode,
    supplier: { name: po.supplierName },
    shop: { name: po.shopName },
    lines: po.lines.map((line) => ({
      ...skuText(line),
      unitPriceFen: line.unitCostFen,
      quantity: line.quantity,
      shortShipped: line.shortQuantity,
    })),
  };
}

export async function statementDocument(db: Db, hubId: string, statement: Statement): Promise<StatementDocument> {
  const { hubName } = await hubHeader(db, hubId);
  return {
    hubName,
    date: statement.businessDate,
    shop: { name: statement.shopName },
    supplier: { name: statement.supplierName },
    openingBalanceFen: statement.openingFen,
    entries: statement.lines.flatMap((line) => {
      const text = skuText(line);
      const ordered = {
        kind: "order_line" as const,
        ...text,
        purchaseOrderNumber: line.purchaseOrderNumber,
        quantity: line.quantity,
        unitPriceFen: line.unitCostFen,
        price: line.mode === "dropship" ? ("dropship" as const) : ("wholesale" as const),
      };
      if (line.shortQuantity === 0) return [ordered];
      const short = {
        kind: "short_ship" as const,
        ...text,
        purchaseOrderNumber: line.purchaseOrderNumber,
        quantity: line.shortQuantity,
        unitPriceFen: line.unitCostFen,
      };
      return [ordered, short];
    }),
  };
}

function skuText(line: { skuCode: string; title: string; options: { name: string; value: string }[] }) {
  return { skuCode: line.skuCode, title: line.title, options: line.options };
}
