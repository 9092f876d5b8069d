import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Bytes, download } from "../../../http/download.js";
import { InvalidError } from "../../../http/errors.js";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireOrg } from "../../accounts/index.js";
import { hubClock } from "../../orders/cutoff/hub-clock.js";
import { IsoDate, Waybills } from "../api-schemas.js";
import { shareOf } from "../day/read.js";
import { waybillLabelsPdf } from "../documents/index.js";
import { listWaybills, printLabels } from "../waybills/views.js";

const tags = ["shipping"];
const DateQuery = z.object({ date: IsoDate.optional().meta({ description: "Today in the hub when left out" }) });

/** The waybills of the parcels a shop sells or a supplier sends, and their labels in one PDF. */
export const waybillRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const dayOf = async (hubId: string, date?: string) => date ?? hubClock((await getHub(db, hubId)).timeZone).date;

    app.get(
      "/orgs/:orgId/waybills",
      {
        schema: {
          tags,
          summary: "A day's parcels the shop sells or the supplier sends, with carrier, tracking number and price",
          params: OrgParams,
          querystring: DateQuery,
          response: { 200: Waybills, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["shop", "supplier"] });
        const date = await dayOf(scope.hubId, request.query.date);
        const share = scope.kind === "shop" ? await shareOf(db, scope.hubId, scope.orgId, date) : null;
        return { date, parcels: await listWaybills(db, scope, date), share };
      },
    );

    app.post(
      "/orgs/:orgId/labels",
      {
        schema: {
          tags,
          summary: "Print every waybill label of the day into one PDF (100×180 mm or 76×130 mm thermal labels)",
          description:
            "A POST, because printing marks the waybills printed: the day's allocation is then settled. A label " +
            "that fails to render is not marked.",
          params: OrgParams,
          body: z.object({
            date: IsoDate.optional().meta({ description: "Today in the hub when left out" }),
            size: z.enum(["100x180", "76x130"]).default("100x180"),
          }),
          produces: ["application/pdf"],
          response: { 200: Bytes, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["shop", "supplier"] });
        const date = await dayOf(scope.hubId, request.body.date);
        const language = pickLanguage(request.headers["accept-language"]);
        const pdf = await printLabels(db, scope, date, language, (labels) => {
          if (labels.length === 0) throw new InvalidError("labels_none", { date });
          return waybillLabelsPdf(labels, { size: request.body.size, language });
        });
        return download(reply, "application/pdf", `waybills-${date}.pdf`, `面单-${date}.pdf`, pdf);
      },
    );
  };
