import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { inbox, markRead } from "../alerts.js";
import { AlertInbox } from "../api-schemas.js";
import { requireShop } from "./gate.js";

const tags = ["sourcing"];

export const alertRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/orgs/:orgId/alerts",
      {
        schema: {
          tags,
          summary: "What changed in picked products (price, stock, withdrawn), newest first, with the unread count",
          params: OrgParams,
          querystring: z.object({
            unread: z
              .enum(["true", "false"])
              .default("false")
              .transform((value) => value === "true"),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: AlertInbox, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const shop = await requireShop(db, request, request.params.orgId);
        const { unread, limit, offset } = request.query;
        return inbox(db, shop, { unreadOnly: unread, limit, offset }, pickLanguage(request.headers["accept-language"]));
      },
    );

    app.post(
      "/orgs/:orgId/alerts/read",
      {
        schema: {
          tags,
          summary: "Mark the given alerts read, or all of them when no ids are given",
          params: OrgParams,
          body: z.object({ ids: z.array(z.uuid()).min(1).max(500).optional() }),
          response: { 200: z.object({ unread: z.number() }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => markRead(db, await requireShop(db, request, request.params.orgId), request.body.ids),
    );
  };
