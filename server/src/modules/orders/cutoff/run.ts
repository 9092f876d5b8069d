import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError } from "../../../http/errors.js";
import { getHub } from "../../accounts/hubs.js";
import type { FulfilmentStrategy } from "./fulfilment.js";
import { hubClock } from "./hub-clock.js";
import { getOrderSettings, strategyOf } from "./settings.js";

export type CutoffCounts = { lines: number; purchaseOrders: number; parcels: number };
export type CutoffResult = { businessDate: string; ran: boolean; counts: CutoffCounts };

/**
 * The day's cut-off for a hub: every order line with stock reserved goes on one purchase
 * order per (supplier, shop), at the price the shop pays that supplier, and every buyer order
 * becomes a parcel per sender. Runs once per hub and business day however many servers try:
 * the cutoff_runs row is inserted first in the same transaction, and a second runner waits on
 * its unique key, then finds it there and changes nothing. A past day that never ran may be
 * run (a server that was down at 16:00); a day still to come may not.
 */
export async function runCutoff(
  db: Db,
  hubId: string,
  businessDate?: string,
  strategy?: FulfilmentStrategy,
): Promise<CutoffResult> {
  const hub = await getHub(db, hubId);
  const today = hubClock(hub.timeZone).date;
  const date = businessDate ?? today;
  if (date > today) throw new ConflictError("cutoff_future_date", { date }, "date");
  const chosen = strategy ?? strategyOf(await getOrderSettings(db, hubId));
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [taken] = await queryRows<{ business_date: string }>(
      tx,
      sql`insert into cutoff_runs (hub_id, business_date) values (${hubId}, ${date})
          on conflict do nothing returning business_date`,
    );
    if (!taken) return { businessDate: date, ran: false, counts: await countsOf(tx, hubId, date) };
    const counts = await cutOff(tx, hubId, date, chosen);
    await tx.execute(
      sql`update cutoff_runs set counts = ${JSON.stringify(counts)}::jsonb
          where hub_id = ${hubId} and business_date = ${date}`,
    );
    return { businessDate: date, ran: true, counts };
  });
}

async function countsOf(tx: Db, hubId: string, date: string): Promise<CutoffCounts> {
  const [row] = await queryRows<{ counts: CutoffCounts }>(
    tx,
    sql`select counts from cutoff_runs where hub_id = ${hubId} and business_date = ${date}`,
  );
  return row?.counts ?? { lines: 0, purchaseOrders: 0, parcels: 0 };
}

type ReservedLine = {
  id: string;
  order_id: string;
  supplier_id: string;
  shop_id: string;
  sku_id: string;
  quantity: number;
};

async function cutOff(tx: Db, hubId: string, date: string, strategy: FulfilmentStrategy): Promise<CutoffCounts> {
  const lines = await queryRows<ReservedLine>(
    tx,
    sql`select id, order_id, supplier_id, shop_id, sku_id, quantity from order_lines
        where hub_id = ${hubId} and status = 'reserved' order by supplier_id, shop_id, created_at, id for update`,
  );
  if (lines.length === 0) return { lines: 0, purchaseOrders: 0, parcels: 0 };
  const pos = purchaseOrdersOf(lines, date, strategy);
  await insertPurchaseOrders(tx, hubId, date, pos);
  await insertPurchaseOrderLines(tx, hubId, lines, pos);
  await tx.execute(
    sql`update order_lines set status = 'ordered'
        where hub_id = ${hubId} and id in (select jsonb_array_elements_text(${JSON.stringify(lines.map((l) => l.id))}::jsonb)::uuid)`,
  );
  const parcels = await insertParcels(tx, hubId, date);
  return { lines: lines.length, purchaseOrders: pos.size, parcels };
}

type PlannedPo = { id: string; number: string; supplierId: string; shopId: string; mode: string };

/** One purchase order per (supplier, shop), numbered PO-YYYYMMDD-NNNN in supplier, shop order. */
function purchaseOrdersOf(lines: ReservedLine[], date: string, strategy: FulfilmentStrategy): Map<string, PlannedPo> {
  const pos = new Map<string, PlannedPo>();
  for (const line of lines) {
    const key = `${line.supplier_id}:${line.shop_id}`;
    if (pos.has(key)) continue;
    const number = `PO-${date.replaceAll("-", "")}-${String(pos.size + 1).padStart(4, "0")}`;
    const po = { supplierId: line.supplier_id, shopId: line.shop_id };
    pos.set(key, { id: randomUUID(), number, ...po, mode: strategy.modeFor(po) });
  }
  return pos;
}

async function insertPurchaseOrders(tx: Db, hubId: string, date: string, pos: Map<string, PlannedPo>) {
  const rows = [...pos.values()].map((po) => ({
    id: po.id,
    number: po.number,
    supplier_id: po.supplierId,
    shop_id: po.shopId,
    mode: po.mode,
  }));
  await tx.execute(
    sql`insert into purchase_orders (hub_id, id, number, business_date, supplier_id, shop_id, mode)
        select ${hubId}, r.id, r.number, ${date}, r.supplier_id, r.shop_id, r.mode::fulfilment
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(id uuid, number text, supplier_id uuid, shop_id uuid, mode text)`,
  );
}

/**
 * The price of each line is the one the shop pays this supplier: the dropship price (else
 * the first wholesale tier) when the supplier ships to the buyer; when the shop collects,
 * the wholesale tier reached by everything of that SKU on the purchase order together.
 */
async function insertPurchaseOrderLines(tx: Db, hubId: string, lines: ReservedLine[], pos: Map<string, PlannedPo>) {
  const poOf = (line: ReservedLine) => pos.get(`${line.supplier_id}:${line.shop_id}`) as PlannedPo;
  // Units of each SKU on each purchase order, counted here once rather than per line in SQL.
  const together = new Map<string, number>();
  for (const line of lines) {
    const key = `${poOf(line).id}:${line.sku_id}`;
    together.set(key, (together.get(key) ?? 0) + line.quantity);
  }
  const rows = lines.map((line) => {
    const po = poOf(line);
    const units = together.get(`${po.id}:${line.sku_id}`) as number;
    return { po_id: po.id, mode: po.mode, line_id: line.id, sku_id: line.sku_id, quantity: line.quantity, units };
  });
  await tx.execute(
    sql`insert into purchase_order_lines (hub_id, purchase_order_id, order_line_id, sku_id, quantity, unit_cost_fen)
        select ${hubId}, r.po_id, r.line_id, r.sku_id, r.quantity,
          case when r.mode = 'dropship' then coalesce(s.dropship_price_fen, first_tier.price_fen)
               else coalesce(volume_tier.price_fen, first_tier.price_fen) end
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(po_id uuid, mode text, line_id uuid, sku_id uuid, quantity int, units int)
        join skus s on s.hub_id = ${hubId} and s.id = r.sku_id
        left join lateral (
          select t.price_fen from sku_price_tiers t where t.hub_id = ${hubId} and t.sku_id = r.sku_id
          order by t.min_quantity limit 1
        ) first_tier on true
        left join lateral (
          select t.price_fen from sku_price_tiers t
          where t.hub_id = ${hubId} and t.sku_id = r.sku_id and t.min_quantity <= r.units
          order by t.min_quantity desc limit 1
        ) volume_tier on true`,
  );
}

/**
 * A parcel per buyer order and purchase order: a dropshipping supplier sends each buyer's
 * goods, and goods a shop collects leave again from the shop. The day's purchase orders are
 * exactly the ones just made (a day runs once): found by date, not by a list of ids whose
 * size the planner cannot guess. Weight from the SKUs (at
 * least a gram: a SKU without a weight still makes a parcel), destination from the order.
 */
async function insertParcels(tx: Db, hubId: string, date: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`with made as (
          insert into parcels (hub_id, order_id, shop_id, sender_id, purchase_order_id, weight_grams, province_code,
            city_code, business_date)
          select ${hubId}, o.id, o.shop_id, case when po.mode = 'dropship' then po.supplier_id else po.shop_id end,
            po.id, greatest(1, sum(s.weight_grams * pl.quantity))::int, o.province_code, o.city_code, ${date}
          from purchase_orders po
          join purchase_order_lines pl on pl.hub_id = po.hub_id and pl.purchase_order_id = po.id
          join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
          join orders o on o.hub_id = l.hub_id and o.id = l.order_id
          join skus s on s.hub_id = pl.hub_id and s.id = pl.sku_id
          where po.hub_id = ${hubId} and po.business_date = ${date}
          group by o.id, o.shop_id, po.id, po.mode, po.supplier_id, po.shop_id, o.province_code, o.city_code
          returning 1
        )
        select count(*)::int as n from made`,
  );
  return rows[0]?.n ?? 0;
}
