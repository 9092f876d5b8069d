import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { requireOperator } from "../access.js";
import { errors, Hub, HubParams, Organisation, OrgKind } from "../api-schemas.js";
import { getHubSummary, listHubOrganisations, listHubs } from "../hubs.js";

const tags = ["hubs"];
const HubSummary = Hub.extend({
  organisations: z.object({
    supplier: z.number(),
    shop: z.number(),
    carrier_station: z.number(),
    association: z.number(),
  }),
}).meta({ id: "HubSummary" });

export const hubRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/hubs",
      {
        schema: {
          tags,
          summary: "The hubs on this deployment (public: sign-up picks one)",
          response: { 200: z.array(Hub) },
        },
      },
      async () => listHubs(db),
    );

    app.get(
      "/hubs/:hubId",
      {
        schema: {
          tags,
          summary: "A hub and how many organisations of each kind it has (public)",
          params: HubParams,
          response: { 200: HubSummary, ...errors(404) },
        },
      },
      async (request) => {
        const summary = await getHubSummary(db, request.params.hubId);
        if (!summary) throw new NotFoundError("hub");
        return summary;
      },
    );

    app.get(
      "/hubs/:hubId/organisations",
      {
        schema: {
          tags,
          summary: "Every organisation in the hub (hub operators)",
          params: HubParams,
          querystring: z.object({
            kind: OrgKind.optional(),
            q: z.string().trim().max(60).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.array(Organisation.extend({ createdAt: z.date() })), ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        const { hubId } = await requireOperator(db, request, request.params.hubId);
        return listHubOrganisations(db, hubId, request.query);
      },
    );
  };
