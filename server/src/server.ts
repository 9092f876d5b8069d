import path from "node:path";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/connection.js";
import { migrate } from "./db/migrate.js";

/** Opens the configured database (PGlite in DATA_DIR/pg, or DATABASE_URL) and migrates it. */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, "pg"),
    poolSize: config.databasePoolSize,
  });
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
