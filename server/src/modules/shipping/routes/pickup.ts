import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Bytes, download } from "../../../http/download.js";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireOrg } from "../../accounts/index.js";
import { hubClock } from "../../orders/cutoff/hub-clock.js";
import { CarrierCodeParams, IsoDate, Pickup, ScanResult } from "../api-schemas.js";
import { manifestCsv, manifestPdf } from "../documents/index.js";
import { manifestOf, pickupsOf } from "../pickup/days.js";
import { scanParcel } from "../pickup/scan.js";

const tags = ["shipping"];
const DateQuery = z.object({ date: IsoDate.optional().meta({ description: "Today in the hub when left out" }) });

/** A carrier station's day: what to pick up, the manifest, and scanning parcels as it takes them. */
export const pickupRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const station = (request: Parameters<typeof requireOrg>[1], orgId: string) =>
      requireOrg(db, request, orgId, { kinds: ["carrier_station"] });
    const dayOf = async (hubId: string, date?: string) => date ?? hubClock((await getHub(db, hubId)).timeZone).date;

    app.get(
      "/orgs/:orgId/pickups",
      {
        schema: {
          tags,
          summary: "Per carrier the station collects for: the day's parcels and how many are scanned",
          params: OrgParams,
          querystring: DateQuery,
          response: { 200: z.array(Pickup), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await station(request, request.params.orgId);
        return pickupsOf(db, scope, await dayOf(scope.hubId, request.query.date));
      },
    );

    app.get(
      "/orgs/:orgId/pickups/:carrier/manifest.:format",
      {
        schema: {
          tags,
          summary: "The pickup manifest of a carrier and day (A4 PDF with signatures, or CSV)",
          params: OrgParams.extend(CarrierCodeParams.shape).extend({ format: z.enum(["pdf", "csv"]) }),
          querystring: DateQuery,
          produces: ["application/pdf", "text/csv"],
          response: { 200: Bytes, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await station(request, request.params.orgId);
        const { carrier, format } = request.params;
        const date = await dayOf(scope.hubId, request.query.date);
        const language = pickLanguage(request.headers["accept-language"]);
        const manifest = await manifestOf(db, scope, carrier, date, language);
        const ascii = `manifest-${carrier}-${date}.${format}`;
        const chinese = `揽收清单-${carrier}-${date}.${format}`;
        if (format === "csv")
          return download(reply, "text/csv; charset=utf-8", ascii, chinese, manifestCsv(manifest, language));
        return download(reply, "application/pdf", ascii, chinese, await manifestPdf(manifest, { language }));
      },
    );

    app.post(
      "/orgs/:orgId/scans",
      {
        schema: {
          tags,
          summary: "Scan a parcel's label as the station takes it: collected, duplicate, wrong carrier or unknown",
          description: "A number of another hub is unknown here, as any number this hub does not have.",
          params: OrgParams,
          body: z.object({ trackingNumber: z.string().trim().min(1).max(40) }),
          response: { 200: ScanResult, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await station(request, request.params.orgId);
        return scanParcel(db, scope, request.body.trackingNumber);
      },
    );
  };
