import type { Config } from "./config.js";
import { hasAnyHub, loadDemo } from "./demo/index.js";
import { buildApp } from "./http/app.js";
import { openMigratedDatabase } from "./server.js";

/** The composition root: config → database → demo hub → modules → listening HTTP server. */
export async function serve(config: Config): Promise<void> {
  const startedAt = Date.now();
  const database = await openMigratedDatabase(config);
  const demo =
    config.demo !== "none" && !(await hasAnyHub(database.db)) ? await loadDemo(database.db, config.demo) : undefined;
  const app = await buildApp({ db: database.db, database, config });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const lines = [
    "",
    `  taocun is running at ${url}  (${database.kind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL"}, ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    `  API reference: ${url}/docs`,
  ];
  if (demo) {
    lines.push(`  Demo hub loaded: ${demo.hubName}. Demo logins (password ${demo.password}):`);
    for (const login of demo.logins) lines.push(`    ${login.email.padEnd(34)} ${login.role}`);
  }
  console.log(lines.join("\n"), "\n");
}
