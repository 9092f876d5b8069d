import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { NotFoundError } from "../../../http/errors.js";
import { maskPhone } from "../address/phone.js";
import type { OrgScope, PoStatus } from "../purchase-orders/handover.js";
import { addressText } from "./orders.js";
import { skuOptionsSql } from "./sku-options.js";

export type PoLineView = {
  orderLineId: string;
  orderId: string;
  skuCode: string;
  title: string;
  optionValues: string[];
  /** The same with the product's option names, for paper. */
  options: { name: string; value: string }[];
  quantity: number;
  shortQuantity: number;
  unitCostFen: number;
  amountFen: number;
};

export type PoOrderView = {
  orderId: string;
  platformOrderNumber: string;
  buyerName: string;
  phone: string;
  address: string;
};

export type PurchaseOrderView = {
  id: string;
  number: string;
  businessDate: string;
  supplierId: string;
  supplierName: string;
  shopId: string;
  shopName: string;
  mode: "pickup" | "dropship";
  status: PoStatus;
  units: number;
  totalFen: number;
  lines: PoLineView[];
  /** The buyers, for a dropshipping supplier's parcels; phones masked for anyone but the shop. */
  orders: PoOrderView[];
};

type Row = Omit<PurchaseOrderView, "units" | "totalFen" | "orders"> & {
  orders: (Omit<PoOrderView, "address" | "phone"> & {
    buyerPhone: string;
    province: string;
    city: string;
    district: string | null;
    addressDetail: string;
  })[];
};

/**
 * Purchase orders of a business day as a supplier (theirs to fill) or a shop (theirs to
 * receive) sees them, with lines and the buyers they go to.
 */
export async function listPurchaseOrders(
  db: Db,
  org: OrgScope,
  side: "supplier" | "shop",
  filter: { date?: string | undefined; id?: string | undefined },
): Promise<PurchaseOrderView[]> {
  const who = side === "supplier" ? sql`po.supplier_id = ${org.orgId}` : sql`po.shop_id = ${org.orgId}`;
  const day = filter.date ? sql`and po.business_date = ${filter.date}` : sql``;
  const one = filter.id ? sql`and po.id = ${filter.id}` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select po.id, po.number, po.business_date::text as "businessDate", po.supplier_id as "supplierId",
          sup.name as "supplierName", po.shop_id as "shopId", shop.name as "shopName", po.mode, po.status,
          (select coalesce(jsonb_agg(jsonb_build_object(
              'orderLineId', pl.order_line_id, 'orderId', l.order_id, 'skuCode', s.code, 'title', l.title,
              'optionValues', s.option_values, 'options', ${skuOptionsSql(sql`s`)}, 'quantity', pl.quantity, 'shortQuantity', pl.short_quantity,
              'unitCostFen', pl.unit_cost_fen, 'amountFen', (pl.quantity - pl.short_quantity) * pl.unit_cost_fen)
              order by s.code, l.order_id), '[]'::jsonb)
           from purchase_order_lines pl
           join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
           join skus s on s.hub_id = pl.hub_id and s.id = pl.sku_id
           where pl.hub_id = po.hub_id and pl.purchase_order_id = po.id) as lines,
          (select coalesce(jsonb_agg(jsonb_build_object(
              'orderId', o.id, 'platformOrderNumber', o.platform_order_number, 'buyerName', o.buyer_name,
              'buyerPhone', o.buyer_phone, 'province', o.province, 'city', o.city, 'district', o.district,
              'addressDetail', o.address_detail) order by o.placed_at), '[]'::jsonb)
           from orders o
           where o.hub_id = po.hub_id and o.id in (
             select l.order_id from purchase_order_lines pl
             join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
             where pl.hub_id = po.hub_id and pl.purchase_order_id = po.id)) as orders
        from purchase_orders po
        join organisations sup on sup.hub_id = po.hub_id and sup.id = po.supplier_id
        join organisations shop on shop.hub_id = po.hub_id and shop.id = po.shop_id
        where po.hub_id = ${org.hubId} and ${who} ${day} ${one}
        order by po.business_date desc, po.number`,
  );
  return rows.map((row) => view(row, side));
}

export async function getPurchaseOrder(db: Db, org: OrgScope, side: "supplier" | "shop", id: string) {
  const [po] = await listPurchaseOrders(db, org, side, { id });
  if (!po) throw new NotFoundError("purchase_order");
  return po;
}

function view(row: Row, side: "supplier" | "shop"): PurchaseOrderView {
  const units = row.lines.reduce((sum, line) => sum + line.quantity - line.shortQuantity, 0);
  const totalFen = row.lines.reduce((sum, line) => sum + line.amountFen, 0);
  return {
    ...row,
    units,
    totalFen,
    orders: row.orders.map(({ buyerPhone, province, city, district, addressDetail, ...order }) => ({
      ...order,
      phone: side === "shop" ? buyerPhone : maskPhone(buyerPhone),
      address: addressText({ province, city, district, addressDetail }),
    })),
  };
}
