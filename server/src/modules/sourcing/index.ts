import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { alertRoutes } from "./routes/alerts.js";
import { exportRoutes } from "./routes/exports.js";
import { pickRoutes } from "./routes/picks.js";
import { priceRuleRoutes } from "./routes/price-rule.js";
import { stockFeedRoutes } from "./routes/stock-feed.js";

/** Sourcing: a shop's selection of the hub's products, its price rule, listing exports, stock feed and alerts. */
export async function registerSourcing(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await app.register(pickRoutes(deps), { prefix: "/api" });
  await app.register(priceRuleRoutes(deps), { prefix: "/api" });
  await app.register(exportRoutes(deps), { prefix: "/api" });
  await app.register(alertRoutes(deps), { prefix: "/api" });
  // The feed's public URL lives outside /api: it is a file to fetch, not an API call.
  await app.register(stockFeedRoutes(deps));
}
