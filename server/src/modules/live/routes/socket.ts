import websocket from "@fastify/websocket";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import { AppError } from "../../../http/errors.js";
import { requireOrg } from "../../accounts/index.js";
import { findRoom } from "../rooms/rooms.js";
import type { Live } from "../runtime.js";
import type { LiveDeps } from "./deps.js";

const MAX_LIKES_PER_MESSAGE = 50;
/** Messages a viewer may send before its socket is set up; more are dropped (there is no reason for many). */
const MAX_EARLY_MESSAGES = 16;
/**
 * Bytes the server may hold for a viewer that does not read (a phone gone into a tunnel, or a
 * client that never reads): about a minute of a busy room's updates. Past it the socket is
 * cut rather than kept growing; the page reconnects and reads the room afresh.
 */
const MAX_BUFFERED_BYTES = 1 << 20;

/**
 * A room's WebSocket: updates (viewers, likes, comments, pinned product, units left, draws) a
 * few times a second, and the buyer's own claim results. A viewer may send likes and pings;
 * anything that is not valid JSON is ignored and the connection kept.
 */
export const socketRoutes =
  ({ live }: LiveDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(websocket, { options: { maxPayload: 4096 } });
    app.get<{ Params: { roomId: string }; Querystring: { viewer?: string } }>(
      "/live/rooms/:roomId/ws",
      { websocket: true, schema: { hide: true } },
      (socket, request) => open(live, socket, request),
    );
  };

type SocketRequest = FastifyRequest<{ Params: { roomId: string }; Querystring: { viewer?: string } }>;

/**
 * Sets a viewer's socket up. Its listeners go on before the first await: a message that came
 * during the look-ups would otherwise be lost, and a socket closed by then would join the room
 * and be counted (and sent to) for ever.
 */
async function open(live: Live, socket: WebSocket, request: SocketRequest): Promise<void> {
  const early: Buffer[] = [];
  let hear: (data: Buffer) => void = (data) => {
    if (early.length < MAX_EARLY_MESSAGES) early.push(data);
  };
  let leave = () => {};
  let closed = false;
  socket.on("message", (data: Buffer) => hear(data));
  socket.on("close", () => {
    closed = true;
    leave();
  });
  const room = /^[0-9a-f-]{36}$/i.test(request.params.roomId)
    ? await findRoom(live.db, { roomId: request.params.roomId })
    : undefined;
  if (!room) return socket.close(4404, "no such room");
  const [buyer, crew] = await Promise.all([live.buyers.of(request), isCrew(live, request, room.sellerId)]);
  if (closed) return;
  const viewer = {
    send: (json: string | Buffer) => sendOrCut(socket, json),
    buyerId: buyer?.hubId === room.hubId ? buyer.id : undefined,
    crew,
  };
  leave = live.hub.join(room.hubId, room.id, viewer);
  const anonymous = /^[\w-]{8,64}$/.test(request.query.viewer ?? "") ? request.query.viewer : undefined;
  // A phone is one viewer before and after its buyer signs in: its own id counts first.
  const seenAs = crew ? undefined : (anonymous ?? viewer.buyerId);
  if (seenAs) live.recorder.opened(room.hubId, room.id, seenAs);
  socket.send(JSON.stringify({ type: "hello", roomId: room.id, at: Date.now() }));
  hear = (data) => heard(live, data, room, (text) => socket.send(text));
  for (const data of early.splice(0)) hear(data);
}

/** The seller's own people, logged in to the web app (the anchor's console): not one of the show's viewers. */
async function isCrew(live: Live, request: SocketRequest, sellerId: string): Promise<boolean> {
  if (!request.caller) return false;
  try {
    await requireOrg(live.db, request, sellerId);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

function sendOrCut(socket: WebSocket, json: string | Buffer): void {
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) socket.terminate();
  else socket.send(json, { binary: false });
}

function heard(live: Live, data: Buffer, room: { hubId: string; id: string }, reply: (text: string) => void): void {
  let message: { type?: unknown; count?: unknown };
  try {
    message = JSON.parse(data.toString("utf8"));
  } catch {
    return;
  }
  if (message?.type === "like") {
    const count = Number.isInteger(message.count) ? Number(message.count) : 1;
    live.hub.like(room.hubId, room.id, Math.min(Math.max(count, 1), MAX_LIKES_PER_MESSAGE));
  } else if (message?.type === "ping") reply(JSON.stringify({ type: "pong", at: Date.now() }));
}
