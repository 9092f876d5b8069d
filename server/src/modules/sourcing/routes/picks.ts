import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { Pick, PickChanges, PickInput } from "../api-schemas.js";
import { addPick, listPicks, removePick, updatePick } from "../picks.js";
import { requireShop } from "./gate.js";

const tags = ["sourcing"];
const PickParams = OrgParams.extend({ pickId: z.uuid() });

export const pickRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/orgs/:orgId/picks",
      {
        schema: {
          tags,
          summary: "Pick an active product of the hub, or one of its variants, into the shop's selection",
          params: OrgParams,
          body: PickInput,
          response: { 201: Pick, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const shop = await requireShop(db, request, request.params.orgId);
        return reply.status(201).send(await addPick(db, shop, request.body));
      },
    );

    app.get(
      "/orgs/:orgId/picks",
      {
        schema: {
          tags,
          summary: "The shop's selection, newest first, with each variant's cost, price and margin",
          params: OrgParams,
          querystring: z.object({
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.array(Pick), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => listPicks(db, await requireShop(db, request, request.params.orgId), request.query),
    );

    app.patch(
      "/orgs/:orgId/picks/:pickId",
      {
        schema: {
          tags,
          summary: "Set or clear a pick's own title and price",
          params: PickParams,
          body: PickChanges,
          response: { 200: Pick, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) =>
        updatePick(db, await requireShop(db, request, request.params.orgId), request.params.pickId, request.body),
    );

    app.delete(
      "/orgs/:orgId/picks/:pickId",
      {
        schema: {
          tags,
          summary: "Take a pick out of the selection",
          params: PickParams,
          response: { 204: z.null(), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removePick(db, await requireShop(db, request, request.params.orgId), request.params.pickId);
        return reply.status(204).send(null);
      },
    );
  };
