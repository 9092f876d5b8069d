import { replaceEqualDeep } from "@tanstack/react-query";
import type { LiveComment, LiveRoom, RoomStatus } from "./queries";

/** What a room's WebSocket sends (server/src/modules/live/realtime/room-hub.ts). */
export type RoomUpdate = {
  type: "update";
  roomId: string;
  /** Server time when sent (ms). */
  at: number;
  viewers: number;
  likesAdded: number;
  comments: LiveComment[];
  pinned?: string | null;
  status?: RoomStatus;
  deals: { id: string; left: number }[];
  draws: { id: string; prize: string; winners: string[] }[];
};

export type ClaimOutcome = { ok: true; claimId: string } | { ok: false; reason: string };

export type RoomMessage =
  | { type: "hello"; at: number }
  | RoomUpdate
  | { type: "claim"; dealId: string; outcome: ClaimOutcome; at: number }
  | { type: "pong"; at: number };

/** Enough comments for a phone's screen and a little scrolling back. */
const KEEP_COMMENTS = 100;

/** The room as it is after an update: counters, comments, the pinned product and units left. */
export function applyUpdate(room: LiveRoom, update: RoomUpdate): LiveRoom {
  const known = new Set(room.comments.map((comment) => comment.id));
  const comments = [...room.comments, ...update.comments.filter((comment) => !known.has(comment.id))];
  const left = new Map(update.deals.map((deal) => [deal.id, deal.left]));
  return {
    ...room,
    viewers: update.viewers,
    likes: room.likes + update.likesAdded,
    comments: comments.slice(-KEEP_COMMENTS),
    ...(update.pinned !== undefined ? { pinnedSkuId: update.pinned } : {}),
    ...(update.status ? { status: update.status } : {}),
    deals: room.deals.map((deal) => {
      const units = left.get(deal.id);
      return units === undefined ? deal : { ...deal, left: units, sold: deal.quantity - units };
    }),
  };
}

/**
 * An update the room's page cannot apply from what it has: a deal it has never seen (just
 * launched), a new draw, or a change of status (ending a show ends its deals): read the room again.
 */
export function needsRefetch(room: LiveRoom, update: RoomUpdate): boolean {
  const deals = new Set(room.deals.map((deal) => deal.id));
  const draws = new Set(room.draws.map((draw) => draw.id));
  return (
    update.deals.some((deal) => !deals.has(deal.id)) ||
    update.draws.some((draw) => !draws.has(draw.id)) ||
    (update.status !== undefined && update.status !== room.status)
  );
}

/**
 * A room read again keeps the likes it had counted if they are more: the server writes likes
 * to the room's row every few seconds, while the socket tells them as they come, so a read
 * just after a burst of likes would otherwise take them back. Likes only ever go up.
 */
export function keepLikes(old: unknown, next: unknown): unknown {
  const before = old as LiveRoom | undefined;
  const after = next as LiveRoom;
  const merged =
    before && before.id === after.id && before.likes > after.likes ? { ...after, likes: before.likes } : after;
  return replaceEqualDeep(old, merged);
}
