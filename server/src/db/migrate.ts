import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./connection.js";

export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

// Any constant shared by every taocun process; "taocun" in ASCII.
const MIGRATION_LOCK = 0x7461_6f63_756e;

/**
 * Brings the schema up to date. On PostgreSQL several processes may start at once:
 * a session advisory lock lets the first migrate while the others wait, and they then
 * find nothing left to apply.
 */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const pool = database.pool;
  if (!pool) throw new Error("a PostgreSQL database without a pool");
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    // On the locked connection itself: a pool of one has no second connection to use.
    await migratePg(drizzle(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
