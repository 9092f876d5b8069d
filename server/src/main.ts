import type { Config } from "./config.js";
import type { Db } from "./db/connection.js";
import { DemoError, type DemoResult, hasAnyHub, loadDemo } from "./demo/index.js";
import { buildApp } from "./http/app.js";
import { failInterruptedImports } from "./modules/catalog/import/interrupted.js";
import { scheduleCutoffs } from "./modules/orders/cutoff/scheduler.js";
import { openMigratedDatabase } from "./server.js";
import { storageIn } from "./storage/local.js";

/** The composition root: config → database → demo hub → modules → listening HTTP server. */
export async function serve(config: Config): Promise<void> {
  const startedAt = Date.now();
  const database = await openMigratedDatabase(config);
  await failInterruptedImports(database);
  const demo = await loadDemoIntoEmpty(database.db, config);
  const storage = storageIn(config.dataDir);
  const app = await buildApp({ db: database.db, database, config, storage });
  const stopCutoffs = scheduleCutoffs(database.db, app.log);
  let stopping = false;
  const shutdown = async () => {
    // A second signal while closing (terminals and npm both send one) must not cut the
    // embedded database's close short; it is ignored.
    if (stopping) return;
    stopping = true;
    stopCutoffs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
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

/**
 * Loads the demo hub into an empty database. When several processes start on one empty
 * PostgreSQL, one loads it and the others find it loaded and carry on.
 */
async function loadDemoIntoEmpty(db: Db, config: Config): Promise<DemoResult | undefined> {
  if (config.demo === "none" || (await hasAnyHub(db))) return undefined;
  try {
    return await loadDemo(db, config.demo, { storage: storageIn(config.dataDir) });
  } catch (error) {
    if (error instanceof DemoError && (await hasAnyHub(db))) return undefined;
    throw error;
  }
}
