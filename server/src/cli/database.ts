import type { Config } from "../config.js";
import { loadConfig } from "../config.js";
import type { Database } from "../db/connection.js";
import { openMigratedDatabase } from "../server.js";

/** Runs a command against the configured database, migrated first and closed afterwards. */
export async function withMigratedDatabase<T>(command: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  try {
    return await command(database, config);
  } finally {
    await database.close();
  }
}

export function describeDatabase(database: Database, config: Config): string {
  return database.kind === "pglite" ? `the embedded database in ${config.dataDir}` : "PostgreSQL";
}

/** Progress of a backup or restore: one line per table. */
export function printTable(table: string, rows: number): void {
  console.log(`  ${table.padEnd(20)} ${String(rows).padStart(9)} ${rows === 1 ? "row" : "rows"}`);
}
