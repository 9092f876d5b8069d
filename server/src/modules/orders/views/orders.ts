import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { OrgScope } from "../purchase-orders/handover.js";

export type LineView = {
  id: string;
  skuId: string;
  skuCode: string;
  optionValues: string[];
  title: string;
  supplierId: string;
  supplierName: string;
  quantity: number;
  unitPriceFen: number;
  status: "reserved" | "backordered" | "ordered" | "cancelled";
  purchaseOrderNumber: string | null;
  shortQuantity: number;
};

export type OrderView = {
  id: string;
  platform: string;
  platformOrderNumber: string;
  buyerName: string;
  phone: string;
  address: string;
  placedAt: string;
  totalFen: number | null;
  lines: LineView[];
};

type Row = Omit<OrderView, "lines" | "placedAt" | "address" | "phone"> & {
  placedAt: string | Date;
  buyerPhone: string;
  province: string;
  city: string;
  district: string | null;
  addressDetail: string;
  lines: LineView[];
};

/**
 * A shop's orders, newest first, each with its lines: what is covered (reserved), what waits
 * for stock (backordered), what is on a purchase order and what was short-shipped. The shop
 * sees its buyers' phones in full; nobody else reads this list.
 */
export async function listOrders(
  db: Db,
  shop: OrgScope,
  page: { limit: number; offset: number; status?: LineView["status"] | undefined; id?: string | undefined },
): Promise<OrderView[]> {
  const one = page.id ? sql`and o.id = ${page.id}` : sql``;
  const status = page.status
    ? sql`and exists (select 1 from order_lines f where f.hub_id = o.hub_id
      and f.order_id = o.id and f.status = ${page.status}::order_line_status)`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select o.id, o.platform, o.platform_order_number as "platformOrderNumber", o.buyer_name as "buyerName",
          o.buyer_phone as "buyerPhone", o.province, o.city, o.district, o.address_detail as "addressDetail",
          o.placed_at as "placedAt", o.total_fen as "totalFen",
          (select coalesce(jsonb_agg(jsonb_build_object(
              'id', l.id, 'skuId', l.sku_id, 'skuCode', s.code, 'optionValues', s.option_values, 'title', l.title,
              'supplierId', l.supplier_id, 'supplierName', sup.name, 'quantity', l.quantity,
              'unitPriceFen', l.unit_price_fen, 'status', l.status, 'purchaseOrderNumber', po.number,
              'shortQuantity', coalesce(pl.short_quantity, 0)) order by l.position), '[]'::jsonb)
           from order_lines l
           join skus s on s.hub_id = l.hub_id and s.id = l.sku_id
           join organisations sup on sup.hub_id = l.hub_id and sup.id = l.supplier_id
           left join purchase_order_lines pl on pl.hub_id = l.hub_id and pl.order_line_id = l.id
           left join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
           where l.hub_id = o.hub_id and l.order_id = o.id) as lines
        from orders o
        where o.hub_id = ${shop.hubId} and o.shop_id = ${shop.orgId} ${status} ${one}
        order by o.placed_at desc, o.id desc
        limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map((row) => ({
    id: row.id,
    platform: row.platform,
    platformOrderNumber: row.platformOrderNumber,
    buyerName: row.buyerName,
    phone: row.buyerPhone,
    address: addressText(row),
    placedAt: new Date(row.placedAt).toISOString(),
    totalFen: row.totalFen,
    lines: row.lines,
  }));
}

export function addressText(row: { province: string; city: string; district: string | null; addressDetail: string }) {
  const parts = [row.province, row.city === row.province ? "" : row.city, row.district ?? "", row.addressDetail];
  return parts.filter(Boolean).join(" ");
}
