import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";

/** Sourcing: a shop's selection of the hub's products, its price rule, listing exports, stock feed and alerts. */
export async function registerSourcing(_app: FastifyInstance, _deps: ModuleDeps): Promise<void> {}
