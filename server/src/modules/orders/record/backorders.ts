import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { addReserved, lockStock } from "./reserve.js";

/**
 * Serves backorders from stock that came in: for each SKU (locked, in id order, as
 * reserveLines locks them), the waiting lines oldest first, each whole line that the stock
 * now covers. A line too big for what came in is passed over for smaller ones behind it,
 * and keeps its place for the next delivery. Returns how many lines it reserved.
 */
export async function fillBackorders(tx: Db, hubId: string, skuIds: string[]): Promise<number> {
  const ids = [...new Set(skuIds)].sort();
  if (ids.length === 0) return 0;
  const available = await lockStock(tx, hubId, ids);
  const waiting = await queryRows<{ id: string; sku_id: string; quantity: number }>(
    tx,
    sql`select id, sku_id, quantity from order_lines
        where hub_id = ${hubId} and status = 'backordered'
          and sku_id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)
        order by created_at, id for update`,
  );
  const served: string[] = [];
  const taken = new Map<string, number>();
  for (const line of waiting) {
    const left = available.get(line.sku_id) ?? 0;
    if (line.quantity > left) continue;
    available.set(line.sku_id, left - line.quantity);
    taken.set(line.sku_id, (taken.get(line.sku_id) ?? 0) + line.quantity);
    served.push(line.id);
  }
  if (served.length === 0) return 0;
  await addReserved(tx, hubId, taken);
  await tx.execute(
    sql`update order_lines set status = 'reserved'
        where hub_id = ${hubId} and id in (select jsonb_array_elements_text(${JSON.stringify(served)}::jsonb)::uuid)`,
  );
  return served.length;
}
