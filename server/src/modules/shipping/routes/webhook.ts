import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { InvalidError, NotFoundError, UnauthenticatedError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { hubOffset } from "../../orders/cutoff/hub-clock.js";
import { CarrierCodeParams, TrackingRecorded } from "../api-schemas.js";
import { getContract } from "../contracts/store.js";
import { recordEvents } from "../tracking/record.js";
import { eventsOfWebhook, SIGNATURE_HEADER, signatureMatches, WebhookBody } from "../tracking/webhook.js";

const tags = ["shipping"];

/** A carrier's tracking events, pushed by its servers and signed with the contract's secret. */
export const webhookRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // The raw body is what the carrier signed. Parsers are scoped to this plugin, so this one
    // sees only these routes' JSON.
    app.removeContentTypeParser("application/json");
    app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
      request.rawBody = body as Buffer;
      try {
        done(null, JSON.parse((body as Buffer).toString("utf8")));
      } catch (error) {
        done(Object.assign(error as Error, { statusCode: 400 }), undefined);
      }
    });

    app.post(
      "/hubs/:hubId/tracking/webhook/:carrier",
      {
        config: { signed: true },
        schema: {
          tags,
          summary:
            "A carrier's tracking events, signed: header X-Taocun-Signature = sha256=HMAC-SHA256(secret, body) in hex",
          description:
            "The secret is the contract's webhookSecret. A bad signature is 401 and records nothing; a status or time " +
            "that cannot be read refuses the batch (400); numbers this hub does not have are listed and skipped.",
          params: HubParams.extend(CarrierCodeParams.shape),
          body: WebhookBody,
          security: [],
          response: { 200: TrackingRecorded, ...errors(400, 401, 404) },
        },
      },
      async (request) => {
        const { hubId, carrier } = request.params;
        // An unknown hub or carrier gets the same answer as a bad signature: nothing to probe.
        const contract = await getContract(db, hubId, carrier).catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        });
        const header = request.headers[SIGNATURE_HEADER];
        if (
          !contract ||
          !signatureMatches(contract.webhookSecret, request.rawBody ?? Buffer.alloc(0), String(header ?? ""))
        )
          throw new UnauthenticatedError("tracking_signature_invalid");
        const { events, problems } = eventsOfWebhook(
          request.body,
          carrier,
          hubOffset((await getHub(db, hubId)).timeZone),
        );
        if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
        return recordEvents(db, hubId, events, "webhook", { allOrNothing: false });
      },
    );
  };

declare module "fastify" {
  interface FastifyRequest {
    /** The request body's bytes, kept for routes that check a signature over them. */
    rawBody?: Buffer;
  }
}
