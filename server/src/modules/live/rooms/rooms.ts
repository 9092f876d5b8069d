import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, InvalidError, NotFoundError } from "../../../http/errors.js";
import { type Seller, sellableItems } from "./sellable.js";

export type RoomInput = {
  title: string;
  scheduledAt: string;
  streamUrl?: string | null | undefined;
  coverSha256?: string | null | undefined;
  anchors: string[];
  skuIds: string[];
};

export type RoomRow = {
  hubId: string;
  id: string;
  sellerId: string;
  sellerName: string;
  title: string;
  coverSha256: string | null;
  streamUrl: string | null;
  anchors: string[];
  scheduledAt: string;
  status: "scheduled" | "live" | "ended";
  startedAt: string | null;
  endedAt: string | null;
  pinnedSkuId: string | null;
  peakViewers: number;
  likes: number;
};

/** Schedules a room with its lineup, which must be SKUs the seller may sell. */
export async function createRoom(db: Db, seller: Seller, input: RoomInput): Promise<RoomRow> {
  await checkLineup(db, seller, input.skuIds);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into live_rooms (hub_id, seller_id, title, scheduled_at, stream_url, cover_sha256, anchors)
          values (${seller.hubId}, ${seller.orgId}, ${input.title}, ${input.scheduledAt}, ${input.streamUrl ?? null},
                  ${input.coverSha256 ?? null}, array(select jsonb_array_elements_text(${JSON.stringify(input.anchors)}::jsonb)))
          returning id`,
    );
    const roomId = (row as { id: string }).id;
    await putLineup(tx, seller.hubId, roomId, input.skuIds);
    return (await findRoom(tx, { hubId: seller.hubId, roomId })) as RoomRow;
  });
}

/** Changes a room that has not ended: its details and its lineup. */
export async function updateRoom(db: Db, seller: Seller, roomId: string, input: RoomInput): Promise<RoomRow> {
  const room = await sellerRoom(db, seller, roomId);
  if (room.status === "ended") throw new ConflictError("live_room_ended");
  await checkLineup(db, seller, input.skuIds);
  if (room.pinnedSkuId && !input.skuIds.includes(room.pinnedSkuId))
    throw new ConflictError("live_pinned_not_in_lineup", {}, "skuIds");
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(
      sql`update live_rooms set title = ${input.title}, scheduled_at = ${input.scheduledAt},
            stream_url = ${input.streamUrl ?? null}, cover_sha256 = ${input.coverSha256 ?? null},
            anchors = array(select jsonb_array_elements_text(${JSON.stringify(input.anchors)}::jsonb))
          where hub_id = ${seller.hubId} and id = ${roomId}`,
    );
    await tx.execute(sql`delete from live_room_items where hub_id = ${seller.hubId} and room_id = ${roomId}`);
    await putLineup(tx, seller.hubId, roomId, input.skuIds);
  });
  return sellerRoom(db, seller, roomId);
}

export async function listRooms(db: Db, seller: Seller): Promise<RoomRow[]> {
  return queryRows<RoomRow>(
    db,
    sql`${ROOM_SELECT} where r.hub_id = ${seller.hubId} and r.seller_id = ${seller.orgId}
    order by r.scheduled_at desc limit 200`,
  );
}

/** A room by id alone (a buyer's link), or in a hub. */
export async function findRoom(db: Db, where: { roomId: string; hubId?: string }): Promise<RoomRow | undefined> {
  const hub = where.hubId ? sql`and r.hub_id = ${where.hubId}` : sql``;
  const [row] = await queryRows<RoomRow>(db, sql`${ROOM_SELECT} where r.id = ${where.roomId} ${hub}`);
  return row;
}

/** The seller's own room; another seller's is not found. */
export async function sellerRoom(db: Db, seller: Seller, roomId: string): Promise<RoomRow> {
  const room = await findRoom(db, { roomId, hubId: seller.hubId });
  if (!room || room.sellerId !== seller.orgId) throw new NotFoundError("live_room");
  return room;
}

const ROOM_SELECT = sql`select r.hub_id as "hubId", r.id, r.seller_id as "sellerId", o.name as "sellerName", r.title,
    r.cover_sha256 as "coverSha256", r.stream_url as "streamUrl", r.anchors,
    to_json(r.scheduled_at)#>>'{}' as "scheduledAt", r.status,
    to_json(r.started_at)#>>'{}' as "startedAt", to_json(r.ended_at)#>>'{}' as "endedAt",
    r.pinned_sku_id as "pinnedSkuId", r.peak_viewers as "peakViewers", r.likes::float8 as likes
  from live_rooms r join organisations o on o.hub_id = r.hub_id and o.id = r.seller_id`;

async function checkLineup(db: Db, seller: Seller, skuIds: string[]): Promise<void> {
  const found = new Set((await sellableItems(db, seller, { skuIds })).map((item) => item.skuId));
  const problems = skuIds
    .map((skuId, index) => ({ skuId, index }))
    .filter(({ skuId }) => !found.has(skuId))
    .map(({ index }) => ({ path: `skuIds.${index}`, code: "live_sku_not_sellable" as const }));
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
}

async function putLineup(tx: Db, hubId: string, roomId: string, skuIds: string[]): Promise<void> {
  if (skuIds.length === 0) return;
  await tx.execute(
    sql`insert into live_room_items (hub_id, room_id, sku_id, position)
        select ${hubId}, ${roomId}, value::uuid, position - 1
        from jsonb_array_elements_text(${JSON.stringify(skuIds)}::jsonb) with ordinality as u(value, position)`,
  );
}
