import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { requireHubMember, requireOperator } from "../../accounts/index.js";
import { CutoffResult, IsoDate, OrderSettings } from "../api-schemas.js";
import { runCutoff } from "../cutoff/run.js";
import { getOrderSettings, saveOrderSettings } from "../cutoff/settings.js";

const tags = ["orders"];

/** The hub's order settings (everyone in the hub reads them; operators change them) and running a cut-off by hand. */
export const hubOrderRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/hubs/:hubId/order-settings",
      {
        schema: {
          tags,
          summary: "The daily cut-off time (hub time zone) and how each supplier hands goods over",
          params: HubParams,
          response: { 200: OrderSettings, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireHubMember(db, request, request.params.hubId);
        return getOrderSettings(db, request.params.hubId);
      },
    );

    app.put(
      "/hubs/:hubId/order-settings",
      {
        schema: {
          tags,
          summary: "Change the cut-off time and the pickup/dropship choice per supplier (hub operators)",
          params: HubParams,
          body: OrderSettings,
          response: { 200: OrderSettings, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        return saveOrderSettings(db, request.params.hubId, request.body);
      },
    );

    app.post(
      "/hubs/:hubId/cutoff",
      {
        schema: {
          tags,
          summary: "Run a business day's cut-off now (hub operators); a day that already ran changes nothing",
          params: HubParams,
          body: z.object({ date: IsoDate.optional() }),
          response: { 200: CutoffResult, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        return runCutoff(db, request.params.hubId, request.body.date);
      },
    );
  };
