import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pickLanguage } from "../../../http/language.js";
import { translate } from "../../../http/messages.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireHubMember, requireOperator, requireOrg } from "../../accounts/index.js";
import { hubClock } from "../../orders/cutoff/hub-clock.js";
import { allocateOffThread } from "../allocation/off-thread.js";
import { Allocation, IsoDate, Preference, Quote, QuoteInput } from "../api-schemas.js";
import { preferenceOf, savePreference } from "../contracts/preferences.js";
import { cardsOf } from "../contracts/store.js";
import { allocationOf, carrierVolumesOf } from "../day/read.js";
import { claimAllocation, completeAllocation } from "../day/run.js";
import { quoteParcel } from "../quote.js";

const tags = ["shipping"];
const DayParams = HubParams.extend({ date: IsoDate });

/** Quotes for one parcel, the day's allocation across carriers, and a shop's carrier preference. */
export const allocationRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/hubs/:hubId/quotes",
      {
        schema: {
          tags,
          summary: "Every carrier's price for a parcel (weight, size, destination) with its breakdown, cheapest first",
          description: "Priced at the volume tiers the hub's latest allocation of today reached.",
          params: HubParams,
          body: QuoteInput,
          response: { 200: z.array(Quote), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { hubId } = request.params;
        await requireHubMember(db, request, hubId);
        const { lengthMm, widthMm, heightMm, service, ...parcel } = request.body;
        const dimensionsMm = lengthMm && widthMm && heightMm ? ([lengthMm, widthMm, heightMm] as const) : undefined;
        const language = pickLanguage(request.headers["accept-language"]);
        const quotes = quoteParcel({ ...parcel, dimensionsMm }, await cardsOf(db, hubId), {
          dailyParcels: await carrierVolumesOf(db, hubId, hubClock((await getHub(db, hubId)).timeZone).date),
        });
        return quotes
          .filter((quote) => service !== "express" || quote.service === "express")
          .map((quote) => (quote.available ? quote : { ...quote, reasonText: translate(quote.reason, language) }));
      },
    );

    app.post(
      "/hubs/:hubId/allocations",
      {
        schema: {
          tags,
          summary: "Allocate a business day's parcels across carriers at the least total cost (operators)",
          description:
            "Starts the allocation and answers 202 at once; read the result at GET …/allocations/{date}. Refused " +
            "while one runs, or once a label of the day is printed or a parcel collected.",
          params: HubParams,
          body: z.object({ date: IsoDate.optional() }),
          response: { 202: z.object({ id: z.uuid(), date: z.string() }), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const { hubId } = request.params;
        await requireOperator(db, request, hubId);
        const date = request.body.date ?? hubClock((await getHub(db, hubId)).timeZone).date;
        const id = await claimAllocation(db, hubId, date);
        // The run records its own failure; the log keeps the stack.
        completeAllocation(db, hubId, id, date, { allocate: allocateOffThread }).catch((error) =>
          request.log.error(error, "allocation failed"),
        );
        return reply.status(202).send({ id, date });
      },
    );

    app.get(
      "/hubs/:hubId/allocations/:date",
      {
        schema: {
          tags,
          summary: "A day's latest allocation: cost per carrier, the baseline, each shop's saving, parcels left over",
          params: DayParams,
          response: { 200: Allocation, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        const language = pickLanguage(request.headers["accept-language"]);
        return allocationOf(db, request.params.hubId, request.params.date, language);
      },
    );

    app.get(
      "/orgs/:orgId/carrier-preference",
      {
        schema: {
          tags,
          summary: "The carriers the shop allows its parcels to go with (empty: any)",
          params: OrgParams,
          response: { 200: Preference, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const shop = await requireOrg(db, request, request.params.orgId, { kinds: ["shop"] });
        return { carriers: await preferenceOf(db, shop.hubId, shop.orgId) };
      },
    );

    app.put(
      "/orgs/:orgId/carrier-preference",
      {
        schema: {
          tags,
          summary: 'Choose the carriers the shop allows ("SF only" for fresh goods); empty allows any',
          params: OrgParams,
          body: Preference,
          response: { 200: Preference, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const shop = await requireOrg(db, request, request.params.orgId, { kinds: ["shop"] });
        return { carriers: await savePreference(db, shop.hubId, shop.orgId, request.body.carriers) };
      },
    );
  };
