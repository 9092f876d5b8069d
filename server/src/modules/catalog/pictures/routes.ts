import type { FastifyPluginAsync } from "fastify";
import type { ModuleDeps } from "../../../http/module.js";
import { galleryRoutes } from "./gallery-route.js";
import { mediaRoutes } from "./media-route.js";
import { uploadRoutes } from "./upload-route.js";

/** Picture uploads and galleries under /api; the files themselves under /media, outside the API prefix. */
export const pictureRoutes =
  (deps: ModuleDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(uploadRoutes(deps), { prefix: "/api" });
    await app.register(galleryRoutes(deps), { prefix: "/api" });
    await app.register(mediaRoutes(deps));
  };
