import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Db, queryRows } from "../../server/src/db/connection.js";

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** Benchmarks talk to this machine only: a URL naming another host is refused. */
export function localAdminUrl(url = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL): string {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
    throw new Error(`benchmarks run against PostgreSQL on 127.0.0.1 only, not ${host}`);
  return url;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs one statement (create database, drop database) on the server at `url`. */
export async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database `taocun_bench_<random>` on the admin URL's server, and how to drop it. */
export async function createBenchDatabase(
  adminUrl: string,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `taocun_bench_${randomBytes(5).toString("hex")}`;
  await admin(adminUrl, `create database ${name}`);
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** The server's settings that a benchmark's figures depend on, recorded with them. */
export async function serverSettings(db: Db, names: string[]): Promise<Record<string, string>> {
  const rows = await queryRows<{ name: string; setting: string }>(
    db,
    sql`select name, current_setting(name) as setting from pg_settings
        where name in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb)) order by name`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}
