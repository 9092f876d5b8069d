import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { registerCaller } from "./caller.js";
import { authRoutes } from "./routes/auth.js";
import { hubRoutes } from "./routes/hubs.js";
import { meRoutes } from "./routes/me.js";
import { organisationRoutes } from "./routes/organisations.js";

export { type OrgScope, requireCaller, requireHubMember, requireOperator, requireOrg } from "./access.js";

/** Accounts: who is calling (every module relies on it) and the routes for people and organisations. */
export async function registerAccounts(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerCaller(app, deps.db, deps.config);
  await app.register(authRoutes(deps), { prefix: "/api/auth" });
  await app.register(meRoutes(deps), { prefix: "/api" });
  await app.register(organisationRoutes(deps), { prefix: "/api" });
  await app.register(hubRoutes(deps), { prefix: "/api" });
}
