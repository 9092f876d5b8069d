import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { registerAccounts } from "../modules/accounts/index.js";
import { registerCatalog } from "../modules/catalog/index.js";
import { connectModules } from "../modules/connect.js";
import { registerLive } from "../modules/live/index.js";
import { registerOrders } from "../modules/orders/index.js";
import { registerShipping } from "../modules/shipping/register.js";
import { registerSourcing } from "../modules/sourcing/index.js";
import { registerErrorHandling } from "./error-handler.js";
import { healthRoutes } from "./health.js";
import { registerMetrics } from "./metrics.js";
import type { ModuleDeps } from "./module.js";
import { registerOpenApi } from "./openapi.js";
import { registerWebApp } from "./web-app.js";

export type AppOptions = ModuleDeps & { serveWebApp?: boolean; logger?: boolean };

/** The HTTP application: every module's routes on one Fastify instance. Nothing listens yet. */
export async function buildApp(deps: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    // X-Forwarded-For is believed only from configured proxies: otherwise any client could
    // claim any address and step around per-address limits.
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    // Per-request lines only when debugging; /metrics has the request counts and timings.
    logController: new LogController({ disableRequestLogging: !["debug", "trace"].includes(deps.config.logLevel) }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(cookie);
  // Only routes that ask for a limit get one (log-in and sign-up today).
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);
  registerMetrics(app);
  await app.register(healthRoutes(deps));
  connectModules();
  await registerAccounts(app, deps);
  await registerCatalog(app, deps);
  await registerSourcing(app, deps);
  await registerOrders(app, deps);
  await registerShipping(app, deps);
  await registerLive(app, deps);
  if (deps.serveWebApp !== false) await registerWebApp(app);
  return app;
}
