import websocket from "@fastify/websocket";
import type { FastifyPluginAsync } from "fastify";
import { findRoom } from "../rooms/rooms.js";
import type { LiveDeps } from "./deps.js";

const MAX_LIKES_PER_MESSAGE = 50;

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
      async (socket, request) => {
        const room = /^[0-9a-f-]{36}$/i.test(request.params.roomId)
          ? await findRoom(live.db, { roomId: request.params.roomId })
          : undefined;
        if (!room) return socket.close(4404, "no such room");
        const buyer = await live.buyers.of(request);
        const viewer = {
          send: (text: string) => socket.send(text),
          buyerId: buyer?.hubId === room.hubId ? buyer.id : undefined,
        };
        const leave = live.hub.join(room.hubId, room.id, viewer);
        const anonymous = /^[\w-]{8,64}$/.test(request.query.viewer ?? "") ? request.query.viewer : undefined;
        const seenAs = viewer.buyerId ?? anonymous;
        if (seenAs) live.recorder.opened(room.hubId, room.id, seenAs);
        socket.on("message", (data: Buffer) => heard(data, room.id, socket.send.bind(socket)));
        socket.on("close", leave);
        socket.send(JSON.stringify({ type: "hello", roomId: room.id, at: Date.now() }));
      },
    );

    function heard(data: Buffer, roomId: string, reply: (text: string) => void): void {
      let message: { type?: unknown; count?: unknown };
      try {
        message = JSON.parse(data.toString("utf8"));
      } catch {
        return;
      }
      if (message?.type === "like") {
        const count = Number.isInteger(message.count) ? Number(message.count) : 1;
        live.hub.like(roomId, Math.min(Math.max(count, 1), MAX_LIKES_PER_MESSAGE));
      } else if (message?.type === "ping") reply(JSON.stringify({ type: "pong", at: Date.now() }));
    }
  };
