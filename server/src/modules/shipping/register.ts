import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { allocationRoutes } from "./routes/allocations.js";
import { contractRoutes } from "./routes/contracts.js";
import { pickupRoutes } from "./routes/pickup.js";
import { trackingRoutes } from "./routes/tracking.js";
import { waybillRoutes } from "./routes/waybills.js";
import { webhookRoutes } from "./routes/webhook.js";

/** Shipping: carrier contracts, quotes, the day's pooled allocation, waybills, pickup and tracking. */
export async function registerShipping(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await app.register(contractRoutes(deps), { prefix: "/api" });
  await app.register(allocationRoutes(deps), { prefix: "/api" });
  await app.register(waybillRoutes(deps), { prefix: "/api" });
  await app.register(pickupRoutes(deps), { prefix: "/api" });
  await app.register(trackingRoutes(deps), { prefix: "/api" });
  await app.register(webhookRoutes(deps), { prefix: "/api" });
}
