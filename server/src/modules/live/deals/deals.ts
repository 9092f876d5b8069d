import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError } from "../../../http/errors.js";
import type { RoomRow } from "../rooms/rooms.js";
import { note } from "../rooms/timeline.js";

export type DealInput = {
  skuId: string;
  dealPriceFen: number;
  quantity: number;
  perBuyerLimit: number;
  /** Seconds of countdown before the deal opens (announced now). */
  startsInSeconds: number;
  durationMinutes: number;
  code?: string | undefined;
};

/** A deal as rooms show it: its terms and its window; left and sold come from the engine. */
export type DealRow = {
  id: string;
  roomId: string | null;
  skuId: string;
  code: string | null;
  dealPriceFen: number;
  quantity: number;
  perBuyerLimit: number;
  startsAt: string;
  endsAt: string;
};

/**
 * Launches a flash deal on a SKU of the room's lineup, with a countdown. Its quantity must be
 * in stock now; a code lets buyers claim a unit by commenting it. A room that ended takes none.
 */
export async function launchDeal(db: Db, room: RoomRow, input: DealInput, now = new Date()): Promise<DealRow> {
  if (room.status === "ended") throw new ConflictError("live_room_ended");
  const [item] = await queryRows<{ available: number }>(
    db,
    sql`select s.on_hand - s.reserved as available from live_room_items i
        join skus s on s.hub_id = i.hub_id and s.id = i.sku_id
        where i.hub_id = ${room.hubId} and i.room_id = ${room.id} and i.sku_id = ${input.skuId}`,
  );
  if (!item) throw new ConflictError("live_sku_not_in_lineup", {}, "skuId");
  if (input.quantity > item.available)
    throw new ConflictError(
      "live_deal_over_stock",
      { quantity: input.quantity, available: item.available },
      "quantity",
    );
  const startsAt = new Date(now.getTime() + input.startsInSeconds * 1000);
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  if (input.code && (await openDealWithCode(db, room, input.code, now)))
    throw new ConflictError("live_deal_code_taken", { code: input.code }, "code");
  const [deal] = await queryRows<DealRow>(
    db,
    sql`insert into flash_deals (hub_id, seller_id, room_id, sku_id, code, deal_price_fen, quantity, per_buyer_limit,
          starts_at, ends_at)
        values (${room.hubId}, ${room.sellerId}, ${room.id}, ${input.skuId}, ${input.code ?? null}, ${input.dealPriceFen},
          ${input.quantity}, ${input.perBuyerLimit}, ${startsAt.toISOString()}, ${endsAt.toISOString()})
        returning ${DEAL_COLUMNS}`,
  );
  await note(db, room.hubId, room.id, "deal_launched", {
    skuId: input.skuId,
    dealId: deal?.id ?? null,
    detail: { dealPriceFen: input.dealPriceFen, quantity: input.quantity, startsAt: startsAt.toISOString() },
  });
  return deal as DealRow;
}

export async function dealsOfRoom(db: Db, hubId: string, roomId: string): Promise<DealRow[]> {
  return queryRows<DealRow>(
    db,
    sql`select ${DEAL_COLUMNS} from flash_deals where hub_id = ${hubId} and room_id = ${roomId} order by starts_at, created_at`,
  );
}

/** A deal by id alone (buyers reach deals from a room's link), and whether its room has ended. */
export async function findDeal(
  db: Db,
  dealId: string,
): Promise<(DealRow & { hubId: string; roomEnded: boolean }) | undefined> {
  const [deal] = await queryRows<DealRow & { hubId: string; roomEnded: boolean }>(
    db,
    sql`select hub_id as "hubId", ${DEAL_COLUMNS},
          exists (select 1 from live_rooms r where r.hub_id = flash_deals.hub_id and r.id = flash_deals.room_id
                    and r.status = 'ended') as "roomEnded"
        from flash_deals where id = ${dealId}`,
  );
  return deal;
}

/** The room's deal a comment's code claims: open now, with that code. */
export async function openDealWithCode(db: Db, room: { hubId: string; id: string }, code: string, at = new Date()) {
  const [deal] = await queryRows<DealRow>(
    db,
    sql`select ${DEAL_COLUMNS} from flash_deals
        where hub_id = ${room.hubId} and room_id = ${room.id} and upper(code) = upper(${code})
          and ends_at > ${at.toISOString()}
        order by starts_at desc limit 1`,
  );
  return deal;
}

const DEAL_COLUMNS = sql`id, room_id as "roomId", sku_id as "skuId", code, deal_price_fen as "dealPriceFen", quantity,
  per_buyer_limit as "perBuyerLimit", to_json(starts_at)#>>'{}' as "startsAt", to_json(ends_at)#>>'{}' as "endsAt"`;
