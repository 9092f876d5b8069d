import { sql } from "drizzle-orm";
import { queryRows } from "../../../db/connection.js";
import { ConflictError, InvalidError } from "../../../http/errors.js";
import type { Live } from "../runtime.js";
import { type RoomRow, sellerRoom } from "./rooms.js";
import type { Seller } from "./sellable.js";
import { note } from "./timeline.js";

/** The anchor goes live: a scheduled room only. */
export async function startRoom(live: Live, seller: Seller, roomId: string): Promise<RoomRow> {
  return moveRoom(live, seller, roomId, "scheduled", "live");
}

/** The show ends: no more deals or draws; open deals end with it. */
export async function endRoom(live: Live, seller: Seller, roomId: string): Promise<RoomRow> {
  const room = await moveRoom(live, seller, roomId, "live", "ended");
  live.roomEnded(room.id);
  await live.db.execute(
    sql`update flash_deals set ends_at = greatest(starts_at + interval '1 millisecond', now())
        where hub_id = ${room.hubId} and room_id = ${room.id} and ends_at > now()`,
  );
  return room;
}

async function moveRoom(live: Live, seller: Seller, roomId: string, from: string, to: "live" | "ended") {
  const room = await sellerRoom(live.db, seller, roomId);
  if (room.status !== from) throw new ConflictError("live_room_status", { status: room.status });
  const stamp = to === "live" ? sql`started_at = now()` : sql`ended_at = now(), pinned_sku_id = null`;
  const moved = await queryRows(
    live.db,
    sql`update live_rooms set status = ${to}, ${stamp}
        where hub_id = ${room.hubId} and id = ${room.id} and status = ${from} returning id`,
  );
  if (moved.length === 0) throw new ConflictError("live_room_status", { status: to });
  await note(live.db, room.hubId, room.id, to === "live" ? "started" : "ended");
  live.hub.publish({ type: "status", roomId: room.id, status: to });
  return sellerRoom(live.db, seller, roomId);
}

/** Pins a product of the lineup (讲解中), or unpins with null. */
export async function pinItem(live: Live, seller: Seller, roomId: string, skuId: string | null): Promise<RoomRow> {
  const room = await sellerRoom(live.db, seller, roomId);
  if (room.status === "ended") throw new ConflictError("live_room_ended");
  const lineup = await queryRows(
    live.db,
    sql`select 1 from live_room_items where hub_id = ${room.hubId} and room_id = ${room.id} and sku_id = ${skuId}`,
  );
  if (skuId && lineup.length === 0)
    throw new InvalidError("live_sku_not_in_lineup", {}, [{ path: "skuId", code: "live_sku_not_in_lineup" }]);
  await live.db.execute(
    sql`update live_rooms set pinned_sku_id = ${skuId} where hub_id = ${room.hubId} and id = ${room.id}`,
  );
  await note(live.db, room.hubId, room.id, skuId ? "pinned" : "unpinned", { skuId: skuId ?? room.pinnedSkuId });
  live.hub.publish({ type: "pinned", roomId: room.id, skuId });
  return sellerRoom(live.db, seller, roomId);
}
