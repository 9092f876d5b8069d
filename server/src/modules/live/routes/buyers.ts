import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../../http/errors.js";
import { errors } from "../../accounts/api-schemas.js";
import { Address, AddressInput, BuyerView, Claim, Phone, RoomParams } from "../api-schemas.js";
import { addAddress, addressBook } from "../buyers/addresses.js";
import { checkSignInCode, sendSignInCode } from "../buyers/codes.js";
import { BUYER_COOKIE, buyerOfPhone, endBuyerSession, startBuyerSession } from "../buyers/sessions.js";
import { maskedPhone } from "../comments/mask.js";
import { claimsOfBuyer } from "../payment/pay.js";
import { findRoom } from "../rooms/rooms.js";
import type { LiveDeps } from "./deps.js";

const tags = ["live buyers"];

/** Buyers on their phones: sign-in with a one-time code, their address book and their orders. */
export const buyerRoutes =
  ({ live, config }: LiveDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = live.db;
    const roomHub = async (roomId: string) => {
      const room = await findRoom(db, { roomId });
      if (!room) throw new NotFoundError("live_room");
      return room.hubId;
    };

    app.post(
      "/live/rooms/:roomId/sign-in/code",
      {
        config: { rateLimit: { max: config.authRequestsPerMinute, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary: "Send a six-digit sign-in code to a phone (one a minute); the log sender also answers it",
          security: [],
          params: RoomParams,
          body: z.object({ phone: Phone }),
          response: { 200: z.object({ sentTo: z.string(), devCode: z.string().optional() }), ...errors(404, 429) },
        },
      },
      async (request) => {
        const hubId = await roomHub(request.params.roomId);
        const sent = await sendSignInCode(db, live.sender, hubId, request.body.phone);
        return { sentTo: maskedPhone(request.body.phone), ...sent };
      },
    );

    app.post(
      "/live/rooms/:roomId/sign-in",
      {
        config: { rateLimit: { max: config.authRequestsPerMinute, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary: "Sign in with the phone and its code; the buyer is made on first sign-in",
          security: [],
          params: RoomParams,
          body: z.object({
            phone: Phone,
            code: z
              .string()
              .trim()
              .regex(/^\d{6}$/),
          }),
          response: { 200: BuyerView, ...errors(404, 429) },
        },
      },
      async (request, reply) => {
        const hubId = await roomHub(request.params.roomId);
        await checkSignInCode(db, hubId, request.body.phone, request.body.code);
        const buyer = await buyerOfPhone(db, hubId, request.body.phone);
        const session = await startBuyerSession(db, buyer);
        reply.setCookie(BUYER_COOKIE, session.token, {
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: config.cookieSecure,
          expires: session.expiresAt,
        });
        return { id: buyer.id, hubId, phone: maskedPhone(buyer.phone) };
      },
    );

    app.post(
      "/live/sign-out",
      { schema: { tags, summary: "Sign the buyer out", security: [], response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[BUYER_COOKIE];
        if (token) {
          await endBuyerSession(db, token);
          live.buyers.forget(token);
        }
        reply.clearCookie(BUYER_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/live/me",
      { schema: { tags, summary: "The signed-in buyer", security: [], response: { 200: BuyerView, ...errors(401) } } },
      async (request) => {
        const buyer = await live.buyers.require(request);
        return { id: buyer.id, hubId: buyer.hubId, phone: maskedPhone(buyer.phone) };
      },
    );

    app.get(
      "/live/me/addresses",
      {
        schema: {
          tags,
          summary: "The buyer's address book",
          security: [],
          response: { 200: z.array(Address), ...errors(401) },
        },
      },
      async (request) => addressBook(db, await live.buyers.require(request)),
    );

    app.post(
      "/live/me/addresses",
      {
        schema: {
          tags,
          summary: "Add an address (it must name a province, a city and a street address)",
          security: [],
          body: AddressInput,
          response: { 201: Address, ...errors(401) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addAddress(db, await live.buyers.require(request), request.body)),
    );

    app.get(
      "/live/me/claims",
      {
        schema: {
          tags,
          summary: "The buyer's orders from live rooms, newest first: to pay, paid or expired",
          security: [],
          response: { 200: z.array(Claim), ...errors(401) },
        },
      },
      async (request) => {
        const buyer = await live.buyers.require(request);
        return claimsOfBuyer(db, buyer.hubId, buyer.id);
      },
    );
  };
