import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { UnauthenticatedError } from "../../../http/errors.js";
import { keepRawJson } from "../../../http/raw-json.js";
import { errors } from "../../accounts/api-schemas.js";
import { Claim } from "../api-schemas.js";
import { paidByCallback, payClaim } from "../payment/checkout.js";
import type { LiveDeps } from "./deps.js";

const tags = ["live buyers"];
const CallbackBody = z.object({ claimId: z.uuid(), ref: z.string().min(1).max(100), status: z.literal("paid") });

/** Paying a claim. */
export const paymentRoutes =
  ({ live }: LiveDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/live/claims/:claimId/pay",
      {
        schema: {
          tags,
          summary: "Pay a claim before its pay-by time, to an address of the buyer's book; it becomes the shop's order",
          security: [],
          params: z.object({ claimId: z.uuid() }),
          body: z.object({ addressId: z.uuid() }),
          response: { 200: Claim, ...errors(401, 404, 409) },
        },
      },
      async (request) => {
        const buyer = await live.buyers.require(request);
        const {
          hubId: _hub,
          buyerId: _buyer,
          sellerId: _seller,
          supplierId: _supplier,
          code: _code,
          ...claim
        } = await payClaim(live, buyer, request.params.claimId, request.body.addressId);
        return claim;
      },
    );
  };

/** The payment provider's signed callback, over the body's bytes as the provider sent them. */
export const paymentCallbackRoutes =
  ({ live }: LiveDeps): FastifyPluginAsyncZod =>
  async (app) => {
    keepRawJson(app);
    app.post(
      "/live/payments/callback",
      {
        config: { signed: true },
        schema: {
          tags,
          summary: "The payment provider's callback, signed (X-Taocun-Signature: HMAC-SHA256 of the body, hex)",
          description: "409 live_claim_expired when the claim expired before the money came: the provider refunds it.",
          security: [],
          body: CallbackBody,
          response: { 200: z.object({ orderId: z.uuid() }), ...errors(401, 404, 409) },
        },
        preValidation: async (request) => {
          const signature = request.headers["x-taocun-signature"];
          const raw = request.rawBody?.toString("utf8") ?? "";
          if (!live.payments.verify(raw, typeof signature === "string" ? signature : undefined))
            throw new UnauthenticatedError("live_payment_signature_invalid");
        },
      },
      async (request) => ({ orderId: await paidByCallback(live, request.body.claimId, request.body.ref) }),
    );
  };
