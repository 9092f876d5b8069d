import fs from "node:fs";
import { openDatabase } from "../src/db/connection.js";
import { migrate } from "../src/db/migrate.js";
import { SNAPSHOT_FILE } from "./snapshot-file.js";

/**
 * Migrates one embedded database and saves its data directory, so each test file starts
 * from a migrated copy in under a second instead of initialising PostgreSQL again.
 */
export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const database = await openDatabase({});
  await migrate(database);
  const snapshot = await database.pglite?.dumpDataDir("none");
  await database.close();
  if (!snapshot) throw new Error("PGlite produced no snapshot");
  fs.mkdirSync(new URL(".", SNAPSHOT_FILE), { recursive: true });
  fs.writeFileSync(SNAPSHOT_FILE, Buffer.from(await snapshot.arrayBuffer()));
}
