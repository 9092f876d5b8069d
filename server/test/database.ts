import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { type Database, openDatabase } from "../src/db/connection.js";
import { migrate } from "../src/db/migrate.js";
import { SNAPSHOT_FILE } from "./snapshot-file.js";

/**
 * A fresh, migrated database for one test file: an embedded PGlite copied from the
 * migrated snapshot, or — when DATABASE_URL is set — a new database on that server,
 * dropped again by `close`.
 */
export async function testDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const snapshot = new Blob([fs.readFileSync(SNAPSHOT_FILE)]);
    return openDatabase({ pgliteSnapshot: snapshot });
  }
  const name = `taocun_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(url, `create database ${name}`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 4 });
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
