import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireOrg } from "../../accounts/index.js";
import { IsoDate, Statement } from "../api-schemas.js";
import { hubClock } from "../cutoff/hub-clock.js";
import { statementsOf } from "../views/statements.js";

const tags = ["orders"];

/** Daily statements between shops and suppliers, as either side reads them. */
export const statementRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/orgs/:orgId/statements",
      {
        schema: {
          tags,
          summary: "What each shop owes each supplier for a business day, with the running balance",
          params: OrgParams,
          querystring: z.object({ date: IsoDate.optional().meta({ description: "Today in the hub when left out" }) }),
          response: { 200: z.array(Statement), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier", "shop"] });
        const date = request.query.date ?? hubClock((await getHub(db, scope.hubId)).timeZone).date;
        return statementsOf(db, scope, scope.kind === "supplier" ? "supplier" : "shop", date);
      },
    );
  };
