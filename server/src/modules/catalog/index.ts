import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../http/module.js";
import { pictureRoutes } from "./pictures/routes.js";
import { categoryRoutes } from "./routes/categories.js";
import { productRoutes } from "./routes/products.js";
import { searchRoutes } from "./search/routes.js";

/** Catalog: the hub's online supermarket of suppliers' products. */
export async function registerCatalog(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  await app.register(categoryRoutes(deps), { prefix: "/api" });
  await app.register(productRoutes(deps), { prefix: "/api" });
  await app.register((await import("./import/routes.js")).importRoutes(deps), { prefix: "/api" });
  await app.register(searchRoutes(deps), { prefix: "/api" });
  await app.register(pictureRoutes(deps));
}
