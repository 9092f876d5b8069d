import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { requireHubMember, requireOperator } from "../../accounts/index.js";
import { Category } from "../api-schemas.js";
import { createCategory, listCategories } from "../categories.js";

const tags = ["catalog"];

export const categoryRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/hubs/:hubId/categories",
      {
        schema: {
          tags,
          summary: "The hub's product categories, two levels",
          params: HubParams,
          response: { 200: z.array(Category), ...errors(401, 404) },
        },
      },
      async (request) => listCategories(db, (await requireHubMember(db, request, request.params.hubId)).hubId),
    );

    app.post(
      "/hubs/:hubId/categories",
      {
        schema: {
          tags,
          summary: "Add a category (hub operators)",
          params: HubParams,
          body: z.object({
            parentId: z.uuid().optional(),
            name: z.string().trim().min(1).max(20),
            nameEn: z.string().trim().min(1).max(40),
          }),
          response: { 201: Category, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const { hubId } = await requireOperator(db, request, request.params.hubId);
        return reply.status(201).send(await createCategory(db, hubId, request.body));
      },
    );
  };
