import fs from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const webDist = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/**
 * Serves the built web app. Hashed assets are cached for a year; any other path that is
 * not an API route gets index.html so the app's own router can answer it.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(`${webDist}/index.html`)) {
    app.log.warn("web/dist is missing: run `npm run build` (npm start does) to serve the web app");
    return;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      const hashed = filePath.includes(`${webDist}/assets/`);
      res.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api/") || path === "/api") return reply.callNotFound();
    const file = path.slice(1);
    if (file && fs.existsSync(`${webDist}/${file}`) && fs.statSync(`${webDist}/${file}`).isFile())
      return reply.sendFile(file);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
