import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { InvalidError, NotFoundError, UnauthenticatedError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { keepRawJson } from "../../../http/raw-json.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { hubOffset } from "../../orders/cutoff/hub-clock.js";
import { CarrierCodeParams, TrackingRecorded } from "../api-schemas.js";
import { getContract } from "../contracts/store.js";
import { recordEvents } from "../tracking/record.js";
import { eventsOfWebhook, SIGNATURE_HEADER, signatureMatches, WebhookBody } from "../tracking/webhook.js";

const tags = ["shipping"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A carrier's tracking events, pushed by its servers and signed with the contract's secret. */
export const webhookRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // An unknown hub or carrier gets the same answer as a bad signature: nothing to probe.
    const secretOf = (hubId: string, carrier: string) =>
      getContract(db, hubId, carrier).then(
        (contract) => contract.webhookSecret,
        (error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        },
      );

    // The raw body is what the carrier signed.
    keepRawJson(app);

    app.post(
      "/hubs/:hubId/tracking/webhook/:carrier",
      {
        config: { signed: true },
        // Before the body is validated: an unsigned caller learns nothing from validation errors.
        preValidation: async (request) => {
          const { hubId, carrier } = request.params as { hubId: string; carrier: string };
          const secret = UUID.test(hubId) ? await secretOf(hubId, carrier.toUpperCase()) : undefined;
          const header = String(request.headers[SIGNATURE_HEADER] ?? "");
          if (!secret || !signatureMatches(secret, request.rawBody ?? Buffer.alloc(0), header))
            throw new UnauthenticatedError("tracking_signature_invalid");
        },
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
