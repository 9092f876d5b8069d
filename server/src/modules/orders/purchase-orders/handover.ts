import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, NotFoundError } from "../../../http/errors.js";
import { alertShop } from "../../sourcing/alerts.js";
import { fillBackorders } from "../record/backorders.js";
import { addReserved, takeOutReserved } from "../record/reserve.js";

export type OrgScope = { hubId: string; orgId: string };
export type PoStatus = "open" | "confirmed" | "ready" | "collected" | "shipped";

/** Where a purchase order may go from each status; the last step depends on who carries the goods. */
const NEXT: Record<PoStatus, { pickup: PoStatus[]; dropship: PoStatus[] }> = {
  open: { pickup: ["confirmed"], dropship: ["confirmed"] },
  confirmed: { pickup: ["ready"], dropship: ["ready"] },
  ready: { pickup: ["collected"], dropship: ["shipped"] },
  collected: { pickup: [], dropship: [] },
  shipped: { pickup: [], dropship: [] },
};

type Po = { id: string; status: PoStatus; mode: "pickup" | "dropship" };

async function lockPo(tx: Db, supplier: OrgScope, poId: string): Promise<Po> {
  const [po] = await queryRows<Po>(
    tx,
    sql`select id, status, mode from purchase_orders
        where hub_id = ${supplier.hubId} and id = ${poId} and supplier_id = ${supplier.orgId} for update`,
  );
  if (!po) throw new NotFoundError("purchase_order");
  return po;
}

/**
 * Moves a supplier's purchase order on: confirmed, ready, then collected by the shop or
 * shipped to the buyers. When the goods leave, they leave the supplier's stock: on hand and
 * reserved both fall by what was handed over (the short units left already).
 */
export async function advancePurchaseOrder(db: Db, supplier: OrgScope, poId: string, to: PoStatus): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const po = await lockPo(tx, supplier, poId);
    if (!NEXT[po.status][po.mode].includes(to))
      throw new ConflictError("purchase_order_status_invalid", { status: po.status }, "status");
    await tx.execute(
      sql`update purchase_orders set status = ${to}::purchase_order_status, updated_at = now()
          where hub_id = ${supplier.hubId} and id = ${poId}`,
    );
    if (to === "collected" || to === "shipped") await handOver(tx, supplier.hubId, poId);
  });
}

async function handOver(tx: Db, hubId: string, poId: string): Promise<void> {
  const lines = await queryRows<{ sku_id: string; units: number }>(
    tx,
    sql`select sku_id, sum(quantity - short_quantity)::int as units from purchase_order_lines
        where hub_id = ${hubId} and purchase_order_id = ${poId} group by sku_id order by sku_id`,
  );
  await takeOutReserved(tx, hubId, new Map(lines.map((line) => [line.sku_id, line.units])));
}

/**
 * The supplier cannot hand over `short` units of a line in all (a stock count was wrong, goods
 * were damaged); a short-ship only ever grows. Those units were never there: they leave on hand
 * and reserved together. The shop is not charged for them, and the units it still needs go
 * back into its orders as a new line — served at once from stock no order holds, else when
 * stock arrives — which the shop may cancel instead.
 */
export async function shortShip(
  db: Db,
  supplier: OrgScope,
  poId: string,
  orderLineId: string,
  short: number,
): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const po = await lockPo(tx, supplier, poId);
    if (po.status !== "open" && po.status !== "confirmed")
      throw new ConflictError("purchase_order_status_invalid", { status: po.status }, "status");
    const [line] = await queryRows<{ sku_id: string; quantity: number; short_quantity: number }>(
      tx,
      sql`select sku_id, quantity, short_quantity from purchase_order_lines
          where hub_id = ${supplier.hubId} and purchase_order_id = ${poId} and order_line_id = ${orderLineId}
          for update`,
    );
    if (!line) throw new NotFoundError("order_line");
    if (short > line.quantity)
      throw new ConflictError("short_more_than_ordered", { quantity: line.quantity }, "shortQuantity");
    const more = short - line.short_quantity;
    if (more <= 0) return;
    await tx.execute(
      sql`update purchase_order_lines set short_quantity = ${short}
          where hub_id = ${supplier.hubId} and order_line_id = ${orderLineId}`,
    );
    await takeOutReserved(tx, supplier.hubId, new Map([[line.sku_id, more]]));
    await backorderRest(tx, supplier.hubId, orderLineId, more);
    // The supplier may still have units of the SKU that orders did not hold (the count was
    // only wrong for some): the shop's new backorder takes them at once, oldest first.
    await fillBackorders(tx, supplier.hubId, [line.sku_id]);
    await tellShop(tx, supplier.hubId, poId, line.sku_id, more);
  });
}

/** The shop hears in its inbox which units did not come and that they wait as a backorder. */
async function tellShop(tx: Db, hubId: string, poId: string, skuId: string, quantity: number): Promise<void> {
  const [po] = await queryRows<{ shop_id: string; number: string; product_id: string }>(
    tx,
    sql`select po.shop_id, po.number, s.product_id from purchase_orders po
        join skus s on s.hub_id = po.hub_id and s.id = ${skuId}
        where po.hub_id = ${hubId} and po.id = ${poId}`,
  );
  if (!po) return;
  await alertShop(tx, {
    hubId,
    orgId: po.shop_id,
    kind: "short_shipped",
    productId: po.product_id,
    skuId,
    details: { purchaseOrderNumber: po.number, quantity },
  });
}

/** The units a shop still needs after a short-ship, as a new line of the same buyer order. */
async function backorderRest(tx: Db, hubId: string, orderLineId: string, units: number): Promise<void> {
  await tx.execute(
    sql`insert into order_lines (hub_id, id, order_id, shop_id, supplier_id, sku_id, position, title, quantity,
          unit_price_fen, status)
        select l.hub_id, ${randomUUID()}, l.order_id, l.shop_id, l.supplier_id, l.sku_id,
          (select max(position) + 1 from order_lines m where m.hub_id = l.hub_id and m.order_id = l.order_id),
          l.title, ${units}, l.unit_price_fen, 'backordered'
        from order_lines l where l.hub_id = ${hubId} and l.id = ${orderLineId}`,
  );
}

/** A shop cancels a line not yet on a purchase order; stock it had reserved is free again. */
export async function cancelLine(db: Db, shop: OrgScope, lineId: string): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [line] = await queryRows<{ status: string; sku_id: string; quantity: number }>(
      tx,
      sql`select status, sku_id, quantity from order_lines
          where hub_id = ${shop.hubId} and id = ${lineId} and shop_id = ${shop.orgId} for update`,
    );
    if (!line) throw new NotFoundError("order_line");
    if (line.status === "cancelled") return;
    if (line.status === "ordered") throw new ConflictError("line_not_cancellable", {}, "lineId");
    if (line.status === "reserved") await addReserved(tx, shop.hubId, new Map([[line.sku_id, -line.quantity]]));
    await tx.execute(sql`update order_lines set status = 'cancelled' where hub_id = ${shop.hubId} and id = ${lineId}`);
  });
}
