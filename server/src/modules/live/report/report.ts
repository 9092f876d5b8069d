import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { drawsOfRoom } from "../draws/draws.js";
import type { RoomRow } from "../rooms/rooms.js";
import { timelineOf } from "../rooms/timeline.js";
import { roomSummary } from "../rooms/view.js";

type Totals = {
  unique_viewers: number;
  comments: number;
  orders: number;
  paid_orders: number;
  buyers: number;
  units: number;
  gmv_fen: number;
  paid_gmv_fen: number;
};

/**
 * The post-live report, counted from the records themselves: viewers, comments, orders
 * (claims not expired), units, GMV, conversion (buyers ÷ unique viewers), each product's
 * units against its deals and the supplier's clearance backlog, a per-minute series and the
 * timeline of what was pinned and launched when.
 */
export async function roomReport(db: Db, room: RoomRow) {
  const where = { hubId: room.hubId, roomId: room.id };
  const [totals, products, perMinute, timeline, draws] = await Promise.all([
    totalsOf(db, where),
    productsOf(db, where),
    perMinuteOf(db, where),
    timelineOf(db, room.hubId, room.id),
    drawsOfRoom(db, room.hubId, room.id),
  ]);
  const started = room.startedAt ? Date.parse(room.startedAt) : undefined;
  const ended = room.endedAt ? Date.parse(room.endedAt) : Date.now();
  return {
    room: roomSummary(room),
    figures: {
      peakViewers: room.peakViewers,
      uniqueViewers: totals.unique_viewers,
      likes: room.likes,
      comments: totals.comments,
      orders: totals.orders,
      paidOrders: totals.paid_orders,
      buyers: totals.buyers,
      units: totals.units,
      gmvFen: totals.gmv_fen,
      paidGmvFen: totals.paid_gmv_fen,
      conversion: totals.unique_viewers > 0 ? Math.min(1, totals.buyers / totals.unique_viewers) : 0,
      durationMinutes: started ? Math.max(0, Math.round((ended - started) / 60_000)) : 0,
    },
    products,
    perMinute,
    timeline,
    draws,
  };
}

type Where = { hubId: string; roomId: string };

const SOLD = sql`c.status <> 'expired'`;

async function totalsOf(db: Db, { hubId, roomId }: Where): Promise<Totals> {
  const [row] = await queryRows<Totals>(
    db,
    sql`select
          (select count(*)::int from live_views v where v.hub_id = ${hubId} and v.room_id = ${roomId}) as unique_viewers,
          (select count(*)::int from live_comments m where m.hub_id = ${hubId} and m.room_id = ${roomId}) as comments,
          count(c.id) filter (where ${SOLD})::int as orders,
          count(c.id) filter (where c.status = 'paid')::int as paid_orders,
          count(distinct c.buyer_id) filter (where ${SOLD})::int as buyers,
          coalesce(sum(c.quantity) filter (where ${SOLD}), 0)::int as units,
          coalesce(sum(c.quantity * d.deal_price_fen) filter (where ${SOLD}), 0)::float8 as gmv_fen,
          coalesce(sum(c.quantity * d.deal_price_fen) filter (where c.status = 'paid'), 0)::float8 as paid_gmv_fen
        from flash_deals d
        left join flash_claims c on c.hub_id = d.hub_id and c.deal_id = d.id
        where d.hub_id = ${hubId} and d.room_id = ${roomId}`,
  );
  return row as Totals;
}

async function productsOf(db: Db, { hubId, roomId }: Where) {
  const rows = await queryRows<{
    sku_id: string;
    title: string;
    units: number;
    gmv_fen: number;
    deal_quantity: number;
    clearance_quantity: number;
  }>(
    db,
    sql`select i.sku_id, p.title || coalesce('（' || nullif(array_to_string(array(select jsonb_array_elements_text(s.option_values)), ' / '), '') || '）', '') as title,
          coalesce(sold.units, 0)::int as units, coalesce(sold.gmv_fen, 0)::float8 as gmv_fen,
          coalesce(sold.deal_quantity, 0)::int as deal_quantity, s.clearance_quantity
        from live_room_items i
        join skus s on s.hub_id = i.hub_id and s.id = i.sku_id
        join products p on p.hub_id = s.hub_id and p.id = s.product_id
        left join lateral (
          select sum(d.quantity) as deal_quantity, sum(claimed.units) as units,
                 sum(claimed.units * d.deal_price_fen) as gmv_fen
          from flash_deals d
          left join lateral (
            select sum(c.quantity) as units from flash_claims c
            where c.hub_id = d.hub_id and c.deal_id = d.id and ${SOLD}
          ) claimed on true
          where d.hub_id = i.hub_id and d.room_id = i.room_id and d.sku_id = i.sku_id
        ) sold on true
        where i.hub_id = ${hubId} and i.room_id = ${roomId}
        order by i.position`,
  );
  return rows.map((row) => ({
    skuId: row.sku_id,
    title: row.title,
    units: row.units,
    gmvFen: row.gmv_fen,
    dealQuantity: row.deal_quantity,
    clearanceQuantity: row.clearance_quantity,
    backlogCleared: row.clearance_quantity > 0 ? Math.min(1, row.units / row.clearance_quantity) : 0,
  }));
}

/** Orders and comments per minute of the show, for the report's chart. */
async function perMinuteOf(db: Db, { hubId, roomId }: Where) {
  return queryRows<{ minute: string; orders: number; comments: number }>(
    db,
    sql`select to_json(minute)#>>'{}' as minute, sum(orders)::int as orders, sum(comments)::int as comments from (
          select date_trunc('minute', c.created_at) as minute, 1 as orders, 0 as comments
            from flash_claims c join flash_deals d on d.hub_id = c.hub_id and d.id = c.deal_id
            where d.hub_id = ${hubId} and d.room_id = ${roomId} and ${SOLD}
          union all
          select date_trunc('minute', m.created_at), 0, 1 from live_comments m
            where m.hub_id = ${hubId} and m.room_id = ${roomId}
        ) t group by minute order by minute`,
  );
}
