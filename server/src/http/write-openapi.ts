import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/connection.js";
import { LocalStorage } from "../storage/local.js";
import { buildApp } from "./app.js";

/**
 * Writes the OpenAPI document the web app's typed client is generated from. The app is
 * built on an in-memory database and never listens.
 */
export async function openApiDocument(): Promise<string> {
  const database = await openDatabase({});
  // Nothing is stored: the routes are only listed.
  const storage = new LocalStorage(path.join(os.tmpdir(), "taocun-openapi"));
  const config = loadConfig({ DEMO: "none" });
  const app = await buildApp({ db: database.db, database, config, storage, serveWebApp: false, logger: false });
  await app.ready();
  const document = formatOpenApi(app);
  await app.close();
  await database.close();
  return document;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL("../../../web/openapi.json", import.meta.url));
  fs.writeFileSync(out, await openApiDocument());
  console.log(`wrote ${out}`);
}

export function formatOpenApi(app: FastifyInstance): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}
