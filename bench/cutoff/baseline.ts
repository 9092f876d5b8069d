import pg from "pg";

/**
 * The cut-off as a naive loop would write it: order by order, one transaction each — find or
 * create the purchase order of each (supplier, shop) for the day, insert the order's lines
 * with their prices (re-pricing a pickup order's lines of a SKU as its units reach a
 * wholesale tier), mark the lines ordered, make the order's parcels, commit. The same rules
 * as taocun's runCutoff, so the two must end with the same purchase orders, lines, parcels
 * and amounts.
 */
export async function naiveCutoff(url: string, hubId: string, date: string): Promise<{ orders: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("insert into cutoff_runs (hub_id, business_date) values ($1, $2)", [hubId, date]);
    const { rows: settings } = await client.query<{ default_mode: string; supplier_modes: Record<string, string> }>(
      "select default_mode, supplier_modes from order_settings where hub_id = $1",
      [hubId],
    );
    const modeOf = (supplierId: string) =>
      settings[0]?.supplier_modes[supplierId] ?? settings[0]?.default_mode ?? "dropship";
    const { rows: orders } = await client.query<{ order_id: string }>(
      `select order_id from order_lines where hub_id = $1 and status = 'reserved'
       group by order_id order by min(created_at), order_id`,
      [hubId],
    );
    for (const { order_id: orderId } of orders) {
      await client.query("begin");
      try {
        await cutOrder(client, hubId, date, orderId, modeOf);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw error;
      }
    }
    return { orders: orders.length };
  } finally {
    await client.end();
  }
}

type Line = { id: string; supplier_id: string; shop_id: string; sku_id: string; quantity: number };

async function cutOrder(
  client: pg.Client,
  hubId: string,
  date: string,
  orderId: string,
  modeOf: (supplierId: string) => string,
): Promise<void> {
  const { rows: lines } = await client.query<Line>(
    `select id, supplier_id, shop_id, sku_id, quantity from order_lines
     where hub_id = $1 and order_id = $2 and status = 'reserved' order by position for update`,
    [hubId, orderId],
  );
  const touched = new Map<string, { id: string; mode: string; skus: Set<string> }>();
  for (const line of lines) {
    const key = `${line.supplier_id}:${line.shop_id}`;
    let po = touched.get(key);
    if (!po) {
      po = { ...(await findOrCreatePo(client, hubId, date, line, modeOf)), skus: new Set() };
      touched.set(key, po);
    }
    po.skus.add(line.sku_id);
    await client.query(
      `insert into purchase_order_lines (hub_id, purchase_order_id, order_line_id, sku_id, quantity, unit_cost_fen)
       select $1, $2, $3, s.id, $5,
         case when $6 = 'dropship' then coalesce(s.dropship_price_fen, f.price_fen) else f.price_fen end
       from skus s
       cross join lateral (select price_fen from sku_price_tiers t where t.hub_id = s.hub_id and t.sku_id = s.id
                           order by min_quantity limit 1) f
       where s.hub_id = $1 and s.id = $4`,
      [hubId, po.id, line.id, line.sku_id, line.quantity, po.mode],
    );
    await client.query("update order_lines set status = 'ordered' where hub_id = $1 and id = $2", [hubId, line.id]);
  }
  for (const po of touched.values()) {
    // Goods a shop collects are priced by the tier all its units of the SKU on the PO reach.
    if (po.mode === "pickup")
      for (const skuId of po.skus)
        await client.query(
          `update purchase_order_lines set unit_cost_fen = (
             select t.price_fen from sku_price_tiers t
             where t.hub_id = $1 and t.sku_id = $3
               and t.min_quantity <= greatest((select sum(quantity) from purchase_order_lines
                                               where hub_id = $1 and purchase_order_id = $2 and sku_id = $3),
                                              (select min(min_quantity) from sku_price_tiers
                                               where hub_id = $1 and sku_id = $3))
             order by t.min_quantity desc limit 1)
           where hub_id = $1 and purchase_order_id = $2 and sku_id = $3`,
          [hubId, po.id, skuId],
        );
    await client.query(
      `insert into parcels (hub_id, order_id, shop_id, sender_id, purchase_order_id, weight_grams, province_code,
         city_code, business_date)
       select $1, o.id, o.shop_id, case when po.mode = 'dropship' then po.supplier_id else po.shop_id end, po.id,
         greatest(1, sum(s.weight_grams * pl.quantity))::int, o.province_code, o.city_code, $4
       from purchase_orders po
       join purchase_order_lines pl on pl.hub_id = po.hub_id and pl.purchase_order_id = po.id
       join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
       join orders o on o.hub_id = l.hub_id and o.id = l.order_id
       join skus s on s.hub_id = pl.hub_id and s.id = pl.sku_id
       where po.hub_id = $1 and po.id = $2 and l.order_id = $3
       group by o.id, o.shop_id, po.id, po.mode, po.supplier_id, po.shop_id, o.province_code, o.city_code`,
      [hubId, po.id, orderId, date],
    );
  }
}

async function findOrCreatePo(
  client: pg.Client,
  hubId: string,
  date: string,
  line: Line,
  modeOf: (supplierId: string) => string,
): Promise<{ id: string; mode: string }> {
  const { rows: found } = await client.query<{ id: string; mode: string }>(
    `select id, mode from purchase_orders
     where hub_id = $1 and business_date = $2 and supplier_id = $3 and shop_id = $4 for update`,
    [hubId, date, line.supplier_id, line.shop_id],
  );
  if (found[0]) return found[0];
  const { rows: made } = await client.query<{ id: string; mode: string }>(
    `insert into purchase_orders (hub_id, number, business_date, supplier_id, shop_id, mode)
     select $1, 'PO-' || to_char($2::date, 'YYYYMMDD') || '-' || lpad((count(*) + 1)::text, 4, '0'), $2, $3, $4, $5::fulfilment
     from purchase_orders where hub_id = $1 and business_date = $2
     returning id, mode`,
    [hubId, date, line.supplier_id, line.shop_id, modeOf(line.supplier_id)],
  );
  return made[0] as { id: string; mode: string };
}
