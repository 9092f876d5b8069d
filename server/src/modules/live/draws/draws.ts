import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, NotFoundError } from "../../../http/errors.js";
import { maskedPhone } from "../comments/mask.js";
import type { RoomRow } from "../rooms/rooms.js";
import { note } from "../rooms/timeline.js";
import { drawWinners } from "./winners.js";

export type DrawInput = { prize: string; windowMinutes: number; winners: number; keyword?: string | undefined };

export type DrawView = {
  id: string;
  prize: string;
  windowFrom: string;
  windowTo: string;
  seed: string;
  entrants: number;
  /** Winners as viewers see them (masked phones). */
  winners: string[];
  /** The draw done again from its seed and entrants gives the same winners. */
  verified: boolean;
};

/** A lucky draw among the buyers who commented in the last minutes (with the keyword, if one is set). */
export async function runDraw(db: Db, room: RoomRow, input: DrawInput, now = new Date()): Promise<DrawView> {
  if (room.status !== "live") throw new ConflictError("live_room_status", { status: room.status });
  const windowFrom = new Date(now.getTime() - input.windowMinutes * 60_000);
  const keyword = input.keyword ? sql`and position(${input.keyword} in c.text) > 0` : sql``;
  const entrants = (
    await queryRows<{ buyer_id: string }>(
      db,
      sql`select distinct c.buyer_id from live_comments c
          where c.hub_id = ${room.hubId} and c.room_id = ${room.id}
            and c.created_at > ${windowFrom.toISOString()} and c.created_at <= ${now.toISOString()} ${keyword}`,
    )
  ).map((row) => row.buyer_id);
  if (entrants.length === 0) throw new ConflictError("live_draw_no_entrants");
  const seed = randomBytes(16).toString("hex");
  const winners = drawWinners(seed, entrants, input.winners);
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into live_draws (hub_id, room_id, prize, window_from, window_to, winner_count, seed, entrants, winners)
        values (${room.hubId}, ${room.id}, ${input.prize}, ${windowFrom.toISOString()}, ${now.toISOString()},
                ${input.winners}, ${seed}, ${JSON.stringify(entrants)}::jsonb, ${JSON.stringify(winners)}::jsonb)
        returning id`,
  );
  const drawId = (row as { id: string }).id;
  await note(db, room.hubId, room.id, "draw", { detail: { drawId, prize: input.prize, winners: winners.length } });
  return (await findDraw(db, room.hubId, drawId)) as DrawView;
}

/** A draw with its seed, its entrants' count and its winners, checked again from the seed. */
export async function findDraw(db: Db, hubId: string, drawId: string): Promise<DrawView> {
  const [row] = await queryRows<{
    id: string;
    prize: string;
    window_from: string;
    window_to: string;
    seed: string;
    entrants: string[];
    winners: string[];
    winner_count: number;
  }>(
    db,
    sql`select id, prize, to_json(window_from)#>>'{}' as window_from, to_json(window_to)#>>'{}' as window_to,
          seed, entrants, winners, winner_count
        from live_draws where hub_id = ${hubId} and id = ${drawId}`,
  );
  if (!row) throw new NotFoundError("live_draw");
  const phones = await phonesOf(db, hubId, row.winners);
  const again = drawWinners(row.seed, row.entrants, row.winner_count);
  return {
    id: row.id,
    prize: row.prize,
    windowFrom: row.window_from,
    windowTo: row.window_to,
    seed: row.seed,
    entrants: row.entrants.length,
    winners: row.winners.map((id) => maskedPhone(phones.get(id) ?? "00000000000")),
    verified: JSON.stringify(again) === JSON.stringify(row.winners),
  };
}

export async function drawsOfRoom(db: Db, hubId: string, roomId: string): Promise<DrawView[]> {
  const ids = await queryRows<{ id: string }>(
    db,
    sql`select id from live_draws where hub_id = ${hubId} and room_id = ${roomId} order by created_at`,
  );
  return Promise.all(ids.map((row) => findDraw(db, hubId, row.id)));
}

async function phonesOf(db: Db, hubId: string, buyerIds: string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; phone: string }>(
    db,
    sql`select id::text, phone from live_buyers where hub_id = ${hubId} and id::text in (select jsonb_array_elements_text(${JSON.stringify(buyerIds)}::jsonb))`,
  );
  return new Map(rows.map((row) => [row.id, row.phone]));
}
