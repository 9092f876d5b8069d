import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { documentRoutes } from "./routes/documents.js";
import { hubOrderRoutes } from "./routes/hub.js";
import { orderRoutes } from "./routes/orders.js";
import { purchaseOrderRoutes } from "./routes/purchase-orders.js";
import { statementRoutes } from "./routes/statements.js";

/** Orders: shops' retail orders, the daily cut-off into purchase orders, suppliers' handover, statements. */
export async function registerOrders(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await app.register(orderRoutes(deps), { prefix: "/api" });
  await app.register(purchaseOrderRoutes(deps), { prefix: "/api" });
  await app.register(statementRoutes(deps), { prefix: "/api" });
  await app.register(hubOrderRoutes(deps), { prefix: "/api" });
  await app.register(documentRoutes(deps), { prefix: "/api" });
}
