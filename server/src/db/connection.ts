import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { DatabaseUnavailableError } from "./errors.js";
import * as schema from "./schema.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database: PGlite in-process, or a PostgreSQL server through a pool. */
export type Database = {
  kind: "pglite" | "postgres";
  db: Db;
  /** Runs `select 1`; throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
};

export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  /** PGlite's data directory; undefined keeps the database in memory (tests). */
  pgliteDir?: string | undefined;
  /** A PGlite data dir tarball to start from (tests start from a migrated snapshot). */
  pgliteSnapshot?: Blob | undefined;
  poolSize?: number;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 12) : openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // A pool emits errors of idle clients (server restarts); logging them beats crashing.
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message || (error as { code?: string }).code}`,
    );
  }
  return {
    kind: "postgres",
    db: drizzlePg(pool, { schema }) as unknown as Db,
    pool,
    ping: async () => void (await pool.query("select 1")),
    close: () => pool.end(),
  };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let unlock = () => {};
  if (options.pgliteDir) {
    fs.mkdirSync(path.dirname(options.pgliteDir), { recursive: true });
    unlock = lockDataDir(options.pgliteDir);
  }
  try {
    const pglite = await PGlite.create(options.pgliteDir, {
      // Extensions the migrations create: PGlite must be given their code on every open.
      extensions: { pg_trgm },
      ...(options.pgliteSnapshot ? { loadDataDir: options.pgliteSnapshot } : {}),
    });
    return {
      kind: "pglite",
      db: drizzlePglite(pglite, { schema }) as unknown as Db,
      pglite,
      ping: async () => void (await pglite.query("select 1")),
      close: async () => {
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw new DatabaseUnavailableError(
      `cannot open the embedded database in ${options.pgliteDir}: ${(error as Error).message}`,
    );
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
