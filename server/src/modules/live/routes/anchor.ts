import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { requireOrg } from "../../accounts/index.js";
import {
  Deal,
  DealInput,
  Draw,
  DrawInput,
  OrgRoomParams,
  Report,
  Room,
  RoomInput,
  RoomItem,
  RoomSummary,
} from "../api-schemas.js";
import { launchDeal } from "../deals/deals.js";
import { runDraw } from "../draws/draws.js";
import { roomReport } from "../report/report.js";
import { createRoom, listRooms, sellerRoom, updateRoom } from "../rooms/rooms.js";
import { sellableItems } from "../rooms/sellable.js";
import { endRoom, pinItem, startRoom } from "../rooms/show.js";
import { roomSummary, roomView } from "../rooms/view.js";
import type { LiveDeps } from "./deps.js";

const tags = ["live rooms"];

/** An anchor's side of the room: schedule, line up, go live, pin, launch deals, draw, end, read the report. */
export const anchorRoutes =
  ({ live }: LiveDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = live.db;
    const seller = async (request: FastifyRequest, orgId: string) => {
      const scope = await requireOrg(db, request, orgId, { kinds: ["shop", "supplier"] });
      return { hubId: scope.hubId, orgId: scope.orgId, kind: scope.kind };
    };
    const room = async (request: FastifyRequest, params: { orgId: string; roomId: string }) =>
      sellerRoom(db, await seller(request, params.orgId), params.roomId);

    app.get(
      "/orgs/:orgId/live/sellable",
      {
        schema: {
          tags,
          summary: "What the seller may line up: a factory's own SKUs, a shop's picks; clearance backlog first",
          params: OrgParams,
          querystring: z.object({ q: z.string().trim().max(60).optional() }),
          response: { 200: z.array(RoomItem), ...errors(401, 403, 404) },
        },
      },
      async (request) =>
        sellableItems(db, await seller(request, request.params.orgId), { query: request.query.q || undefined }),
    );

    app.get(
      "/orgs/:orgId/live/rooms",
      {
        schema: {
          tags,
          summary: "The seller's rooms, latest first",
          params: OrgParams,
          response: { 200: z.array(RoomSummary), ...errors(401, 403, 404) },
        },
      },
      async (request) => (await listRooms(db, await seller(request, request.params.orgId))).map(roomSummary),
    );

    app.post(
      "/orgs/:orgId/live/rooms",
      {
        schema: {
          tags,
          summary: "Schedule a room with its lineup",
          params: OrgParams,
          body: RoomInput,
          response: { 201: Room, ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const created = await createRoom(db, await seller(request, request.params.orgId), request.body);
        return reply.status(201).send(await roomView(live, created));
      },
    );

    app.get(
      "/orgs/:orgId/live/rooms/:roomId",
      {
        schema: {
          tags,
          summary: "One room with its lineup, deals, counters and draws",
          params: OrgRoomParams,
          response: { 200: Room, ...errors(401, 403, 404) },
        },
      },
      async (request) => roomView(live, await room(request, request.params)),
    );

    app.put(
      "/orgs/:orgId/live/rooms/:roomId",
      {
        schema: {
          tags,
          summary: "Change a room that has not ended, lineup included",
          params: OrgRoomParams,
          body: RoomInput,
          response: { 200: Room, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { orgId, roomId } = request.params;
        return roomView(live, await updateRoom(db, await seller(request, orgId), roomId, request.body));
      },
    );

    for (const [step, move, summary] of [
      ["start", startRoom, "Go live (a scheduled room)"],
      ["end", endRoom, "End the show; its open deals end with it"],
    ] as const)
      app.post(
        `/orgs/:orgId/live/rooms/:roomId/${step}`,
        {
          schema: { tags, summary, params: OrgRoomParams, response: { 200: Room, ...errors(401, 403, 404, 409) } },
        },
        async (request) => {
          const { orgId, roomId } = request.params;
          return roomView(live, await move(live, await seller(request, orgId), roomId));
        },
      );

    app.post(
      "/orgs/:orgId/live/rooms/:roomId/pin",
      {
        schema: {
          tags,
          summary: "Pin a product of the lineup (讲解中), or unpin with null",
          params: OrgRoomParams,
          body: z.object({ skuId: z.uuid().nullable() }),
          response: { 200: Room, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { orgId, roomId } = request.params;
        return roomView(live, await pinItem(live, await seller(request, orgId), roomId, request.body.skuId));
      },
    );

    app.post(
      "/orgs/:orgId/live/rooms/:roomId/deals",
      {
        schema: {
          tags,
          summary:
            "Launch a flash deal on a lineup SKU: price, units, per-buyer limit, countdown, duration, claim code",
          params: OrgRoomParams,
          body: DealInput,
          response: { 201: Deal, ...errors(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const found = await room(request, request.params);
        const deal = await launchDeal(db, found, request.body);
        live.dealMoved(found.id, deal.id);
        return reply.status(201).send({ ...deal, left: deal.quantity, sold: 0 });
      },
    );

    app.post(
      "/orgs/:orgId/live/rooms/:roomId/draws",
      {
        schema: {
          tags,
          summary: "Draw winners among the buyers who commented in the last minutes; the seed is kept to check it",
          params: OrgRoomParams,
          body: DrawInput,
          response: { 201: Draw, ...errors(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const found = await room(request, request.params);
        const draw = await runDraw(db, found, request.body);
        live.hub.publish({
          type: "draw",
          roomId: found.id,
          draw: { id: draw.id, prize: draw.prize, winners: draw.winners },
        });
        return reply.status(201).send(draw);
      },
    );

    app.get(
      "/orgs/:orgId/live/rooms/:roomId/report",
      {
        schema: {
          tags,
          summary:
            "The post-live report: viewers, comments, orders, GMV, conversion, per product, backlog cleared, timeline",
          params: OrgRoomParams,
          response: { 200: Report, ...errors(401, 403, 404) },
        },
      },
      async (request) => roomReport(db, await room(request, request.params)),
    );
  };
