import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { OrgScope } from "../purchase-orders/handover.js";
import { skuOptionsSql } from "./sku-options.js";

export type StatementLine = {
  purchaseOrderNumber: string;
  /** Dropship lines are at the dropship price, pickup lines at the wholesale tier. */
  mode: "pickup" | "dropship";
  skuCode: string;
  title: string;
  options: { name: string; value: string }[];
  quantity: number;
  shortQuantity: number;
  unitCostFen: number;
  /** What is owed for the line: units handed over (ordered − short) × unit cost. */
  amountFen: number;
  /** What the short-ship took off: short × unit cost. */
  deductedFen: number;
};

export type Statement = {
  businessDate: string;
  shopId: string;
  shopName: string;
  supplierId: string;
  supplierName: string;
  /** Owed from every earlier day, before this one. */
  openingFen: number;
  lines: StatementLine[];
  dayFen: number;
  deductedFen: number;
  closingFen: number;
};

/**
 * What a shop owes a supplier for one business day, and the running balance: computed from
 * the purchase order lines whenever it is read, so a short-ship made after the cut-off shows
 * at once and a statement always equals the sum of its lines. (Payments are not recorded in
 * taocun yet; when they are, they come off the balance here.)
 */
export async function statementsOf(
  db: Db,
  org: OrgScope,
  side: "supplier" | "shop",
  date: string,
): Promise<Statement[]> {
  const mine = side === "supplier" ? sql`po.supplier_id = ${org.orgId}` : sql`po.shop_id = ${org.orgId}`;
  const lines = await queryRows<StatementLine & { shopId: string; supplierId: string }>(
    db,
    sql`select po.shop_id as "shopId", po.supplier_id as "supplierId", po.number as "purchaseOrderNumber",
          po.mode, s.code as "skuCode", l.title, ${skuOptionsSql(sql`s`)} as options, pl.quantity, pl.short_quantity as "shortQuantity",
          pl.unit_cost_fen as "unitCostFen", (pl.quantity - pl.short_quantity) * pl.unit_cost_fen as "amountFen",
          pl.short_quantity * pl.unit_cost_fen as "deductedFen"
        from purchase_orders po
        join purchase_order_lines pl on pl.hub_id = po.hub_id and pl.purchase_order_id = po.id
        join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
        join skus s on s.hub_id = pl.hub_id and s.id = pl.sku_id
        where po.hub_id = ${org.hubId} and ${mine} and po.business_date = ${date}
        order by po.number, s.code, l.id`,
  );
  const pairs = await queryRows<{
    shopId: string;
    shopName: string;
    supplierId: string;
    supplierName: string;
    openingFen: number;
  }>(
    db,
    sql`select pair.shop_id as "shopId", shop.name as "shopName", pair.supplier_id as "supplierId",
          sup.name as "supplierName",
          coalesce((select sum((pl.quantity - pl.short_quantity) * pl.unit_cost_fen)::int
            from purchase_orders earlier
            join purchase_order_lines pl on pl.hub_id = earlier.hub_id and pl.purchase_order_id = earlier.id
            where earlier.hub_id = ${org.hubId} and earlier.shop_id = pair.shop_id
              and earlier.supplier_id = pair.supplier_id and earlier.business_date < ${date}), 0) as "openingFen"
        from (select distinct po.shop_id, po.supplier_id from purchase_orders po
              where po.hub_id = ${org.hubId} and ${mine} and po.business_date = ${date}) pair
        join organisations shop on shop.hub_id = ${org.hubId} and shop.id = pair.shop_id
        join organisations sup on sup.hub_id = ${org.hubId} and sup.id = pair.supplier_id
        order by shop.name, sup.name`,
  );
  const byPair = new Map<string, StatementLine[]>();
  for (const { shopId, supplierId, ...line } of lines) {
    const key = `${shopId}:${supplierId}`;
    const group = byPair.get(key) ?? [];
    group.push(line);
    byPair.set(key, group);
  }
  return pairs.map((pair) => {
    const own = byPair.get(`${pair.shopId}:${pair.supplierId}`) ?? [];
    const dayFen = own.reduce((sum, line) => sum + line.amountFen, 0);
    const deductedFen = own.reduce((sum, line) => sum + line.deductedFen, 0);
    return { businessDate: date, ...pair, lines: own, dayFen, deductedFen, closingFen: pair.openingFen + dayFen };
  });
}
