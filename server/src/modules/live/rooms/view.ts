import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { maskedPhone } from "../comments/mask.js";
import { dealsOfRoom } from "../deals/deals.js";
import { drawsOfRoom } from "../draws/draws.js";
import type { Live } from "../runtime.js";
import type { RoomRow } from "./rooms.js";
import { lineupOf } from "./sellable.js";

const RECENT_COMMENTS = 30;

/** A room's row as the API shows it, its cover as a URL. */
export function roomSummary(room: RoomRow) {
  return {
    ...room,
    coverUrl: room.coverSha256 ? `/media/pictures/${room.hubId}/${room.coverSha256}/800.jpg` : null,
  };
}

/** Everything a room's page starts from; the WebSocket's updates then keep it current. */
export async function roomView(live: Live, room: RoomRow) {
  const [items, deals, comments, draws] = await Promise.all([
    lineupOf(live.db, room.hubId, room.id),
    dealsWithCounts(live, room),
    recentComments(live.db, room),
    drawsOfRoom(live.db, room.hubId, room.id),
  ]);
  return { ...roomSummary(room), items, deals, viewers: live.hub.viewers(room.id), comments, draws };
}

export async function dealsWithCounts(live: Live, room: RoomRow) {
  const deals = await dealsOfRoom(live.db, room.hubId, room.id);
  return Promise.all(
    deals.map(async (deal) => {
      const left = (await live.engine.left(room.hubId, deal.id)) ?? 0;
      return { ...deal, left, sold: deal.quantity - left };
    }),
  );
}

async function recentComments(db: Db, room: RoomRow) {
  const rows = await queryRows<{ id: string; phone: string; text: string; at: string }>(
    db,
    sql`select c.id, b.phone, c.text, to_json(c.created_at)#>>'{}' as at from live_comments c
        join live_buyers b on b.hub_id = c.hub_id and b.id = c.buyer_id
        where c.hub_id = ${room.hubId} and c.room_id = ${room.id}
        order by c.created_at desc limit ${RECENT_COMMENTS}`,
  );
  return rows.reverse().map((row) => ({ id: row.id, buyer: maskedPhone(row.phone), text: row.text, at: row.at }));
}
