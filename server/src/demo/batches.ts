import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/connection.js";

// Small enough for PostgreSQL's 65,535 parameters, big enough that a village loads in seconds.
const BATCH = 500;

export async function insertInBatches<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.insert(table).values(rows.slice(start, start + BATCH));
  }
}
