import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

export type TimelineKind = "started" | "pinned" | "unpinned" | "deal_launched" | "sold_out" | "draw" | "ended";

export type TimelineEvent = {
  at: string;
  kind: TimelineKind;
  skuId: string | null;
  dealId: string | null;
  detail: Record<string, unknown>;
};

/** Notes a moment of the show for the replay timeline. */
export async function note(
  db: Db,
  hubId: string,
  roomId: string,
  kind: TimelineKind,
  about: { skuId?: string | null; dealId?: string | null; detail?: Record<string, unknown>; at?: Date } = {},
): Promise<void> {
  const at = (about.at ?? new Date()).toISOString();
  await db.execute(
    sql`insert into live_events (hub_id, room_id, at, kind, sku_id, deal_id, detail)
        values (${hubId}, ${roomId}, ${at}, ${kind}, ${about.skuId ?? null}, ${about.dealId ?? null}, ${JSON.stringify(about.detail ?? {})}::jsonb)`,
  );
}

/** A deal's sell-out, noted once however many buyers see it at zero. */
export async function noteSoldOut(db: Db, hubId: string, roomId: string, dealId: string): Promise<void> {
  await db.execute(
    sql`insert into live_events (hub_id, room_id, kind, deal_id)
        select ${hubId}, ${roomId}, 'sold_out', ${dealId}
        where not exists (select 1 from live_events where hub_id = ${hubId} and room_id = ${roomId}
                            and kind = 'sold_out' and deal_id = ${dealId})`,
  );
}

export async function timelineOf(db: Db, hubId: string, roomId: string): Promise<TimelineEvent[]> {
  return queryRows<TimelineEvent>(
    db,
    sql`select to_json(at)#>>'{}' as at, kind, sku_id as "skuId", deal_id as "dealId", detail
        from live_events where hub_id = ${hubId} and room_id = ${roomId} order by at, id`,
  );
}
