import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { refreshAvailability } from "../../catalog/product-summary.js";

export type Want = { lineId: string; skuId: string; quantity: number };

/**
 * Reserves supplier stock for new order lines, each line whole or not at all: a buyer's five
 * bags go in one parcel, so a line that stock cannot cover waits as a backorder. The SKUs are
 * locked in one fixed order (by id), so two imports touching the same SKUs wait for each other
 * instead of deadlocking; the database's checks keep reserved within on hand whatever happens.
 * Returns the ids of the lines it reserved; the caller marks the others backordered.
 */
export async function reserveLines(tx: Db, hubId: string, wants: Want[]): Promise<Set<string>> {
  const reserved = new Set<string>();
  if (wants.length === 0) return reserved;
  const available = await lockStock(
    tx,
    hubId,
    wants.map((want) => want.skuId),
  );
  const taken = new Map<string, number>();
  for (const want of wants) {
    const left = available.get(want.skuId) ?? 0;
    if (want.quantity > left) continue;
    available.set(want.skuId, left - want.quantity);
    taken.set(want.skuId, (taken.get(want.skuId) ?? 0) + want.quantity);
    reserved.add(want.lineId);
  }
  await addReserved(tx, hubId, taken);
  return reserved;
}

/**
 * Locks SKUs in one fixed order (by id) — every path that moves stock takes its locks this
 * way, so concurrent imports, cut-offs and handovers wait instead of deadlocking — and answers
 * each one's units available.
 */
export async function lockStock(tx: Db, hubId: string, skuIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(skuIds)].sort();
  if (ids.length === 0) return new Map();
  const stock = await queryRows<{ id: string; available: number }>(
    tx,
    sql`select id, on_hand - reserved as available from skus
        where hub_id = ${hubId} and id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)
        order by id for update`,
  );
  return new Map(stock.map((row) => [row.id, row.available]));
}

/**
 * Moves reserved stock by a quantity per SKU (negative: released) in one statement, and the
 * products' units available with it, which the supermarket's "in stock" filter reads.
 */
export async function addReserved(tx: Db, hubId: string, bySku: Map<string, number>): Promise<void> {
  if (bySku.size === 0) return;
  const changes = [...bySku].map(([id, quantity]) => ({ id, quantity }));
  const products = await queryRows<{ product_id: string }>(
    tx,
    sql`update skus s set reserved = s.reserved + c.quantity, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as c(id uuid, quantity int)
        where s.hub_id = ${hubId} and s.id = c.id
        returning s.product_id`,
  );
  await refreshAvailability(
    tx,
    hubId,
    products.map((row) => row.product_id),
  );
}

/**
 * Goods that leave the supplier (handed over) or were never there (short-shipped): on hand
 * and reserved fall together, in one statement so that reserved never exceeds on hand
 * between two. The SKUs are locked in id order first, as everywhere else.
 */
export async function takeOutReserved(tx: Db, hubId: string, bySku: Map<string, number>): Promise<void> {
  const changes = [...bySku].filter(([, units]) => units > 0).map(([id, units]) => ({ id, units }));
  if (changes.length === 0) return;
  await lockStock(
    tx,
    hubId,
    changes.map((change) => change.id),
  );
  const products = await queryRows<{ product_id: string }>(
    tx,
    sql`update skus s set on_hand = s.on_hand - c.units, reserved = s.reserved - c.units, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as c(id uuid, units int)
        where s.hub_id = ${hubId} and s.id = c.id
        returning s.product_id`,
  );
  await refreshAvailability(
    tx,
    hubId,
    products.map((row) => row.product_id),
  );
}
