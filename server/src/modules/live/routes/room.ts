import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, ConflictError, NotFoundError } from "../../../http/errors.js";
import { errors } from "../../accounts/api-schemas.js";
import { BuyAccepted, Comment, Room, RoomParams } from "../api-schemas.js";
import type { BuyOutcome } from "../engine/types.js";
import { findRoom } from "../rooms/rooms.js";
import { roomView } from "../rooms/view.js";
import type { LiveDeps } from "./deps.js";

const tags = ["live buyers"];

/** A refused buy, as HTTP: 404 for no deal, 400 for a bad quantity, 409 for the rest (sold out, limit, window, key). */
class BuyRefused extends AppError {
  constructor(outcome: Extract<BuyOutcome, { ok: false }> & { limit?: number }) {
    const status = outcome.reason === "deal_not_found" ? 404 : outcome.reason === "quantity_invalid" ? 400 : 409;
    const code = outcome.reason === "key_reused" ? "idempotency_key_reused" : outcome.reason;
    super(status, code === "deal_not_found" ? "not_found" : code, {
      ...(code === "deal_not_found" ? { thing: "flash_deal" } : {}),
      ...(outcome.left !== undefined ? { left: outcome.left } : {}),
      ...(outcome.limit !== undefined ? { limit: outcome.limit } : {}),
    });
  }
}

/** A live room as a buyer's phone sees it: the room, buying, comments and likes. */
export const roomRoutes =
  ({ live }: LiveDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const room = async (roomId: string) => {
      const found = await findRoom(live.db, { roomId });
      if (!found) throw new NotFoundError("live_room");
      return found;
    };

    app.get(
      "/live/rooms/:roomId",
      {
        schema: {
          tags,
          summary: "A room as its viewers see it: lineup, pinned product, deals with units left, counters, comments",
          security: [],
          params: RoomParams,
          response: { 200: Room, ...errors(404) },
        },
      },
      async (request) => roomView(live, await room(request.params.roomId)),
    );

    app.post(
      "/live/deals/:dealId/buy",
      {
        schema: {
          tags,
          summary: "Buy a flash deal in one tap; Idempotency-Key makes a retry get the first answer",
          description:
            "201 when accepted (the claim is in the database), 200 for a retry of an accepted request. " +
            "409: sold_out, over_limit, deal_not_started, deal_ended, idempotency_key_reused (same key, other quantity).",
          security: [],
          params: z.object({ dealId: z.uuid() }),
          headers: z.object({ "idempotency-key": z.string().trim().min(8).max(64) }),
          body: z.object({ quantity: z.number().int().max(100) }),
          response: { 200: BuyAccepted, 201: BuyAccepted, ...errors(401, 404, 409) },
        },
        // The hot path of a flash sale: its answers are built right here in their documented
        // shape, so they are written with JSON.stringify instead of parsed by zod again first.
        serializerCompiler: () => JSON.stringify,
      },
      async (request, reply) => {
        const buyer = await live.buyers.require(request);
        const { dealId } = request.params;
        const outcome = await live.buy(buyer, dealId, request.body.quantity, request.headers["idempotency-key"]);
        if (!outcome.ok) throw new BuyRefused(outcome);
        const { claimId, quantity, payBy, left, repeated } = outcome;
        return reply.status(repeated ? 200 : 201).send({ claimId, quantity, payBy, left, repeated });
      },
    );

    app.post(
      "/live/rooms/:roomId/comments",
      {
        schema: {
          tags,
          summary: "Comment in a room; a comment that is an open deal's code (扣1) claims one unit",
          security: [],
          params: RoomParams,
          body: z.object({ text: z.string().trim().min(1).max(200) }),
          response: {
            201: z.object({
              comment: Comment,
              claim: z
                .object({
                  dealId: z.uuid(),
                  ok: z.boolean(),
                  claimId: z.uuid().optional(),
                  reason: z.string().optional(),
                })
                .optional(),
            }),
            ...errors(401, 404, 409, 429),
          },
        },
      },
      async (request, reply) => {
        const buyer = await live.buyers.require(request);
        const found = await room(request.params.roomId);
        if (found.hubId !== buyer.hubId) throw new NotFoundError("live_room");
        if (found.status === "ended") throw new ConflictError("live_room_ended");
        const { comment, claim } = await live.comment(buyer, found, request.body.text);
        const outcome = claim?.outcome;
        return reply.status(201).send({
          comment,
          ...(claim && outcome
            ? {
                claim: {
                  dealId: claim.dealId,
                  ok: outcome.ok,
                  ...(outcome.ok ? { claimId: outcome.claimId } : { reason: outcome.reason }),
                },
              }
            : {}),
        });
      },
    );

    app.post(
      "/live/rooms/:roomId/likes",
      {
        schema: {
          tags,
          summary: "Likes from a viewer (taps gathered on the phone, up to 50 at a time)",
          security: [],
          params: RoomParams,
          body: z.object({ count: z.number().int().min(1).max(50).default(1) }),
          response: { 204: z.null(), ...errors(404) },
        },
      },
      async (request, reply) => {
        const found = await room(request.params.roomId);
        if (found.status === "live") live.hub.like(found.hubId, found.id, request.body.count);
        return reply.status(204).send(null);
      },
    );
  };
