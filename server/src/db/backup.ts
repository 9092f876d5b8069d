import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { is, type SQL, sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { type Db, queryRows } from "./connection.js";
import { migrationsFolder } from "./migrate.js";
import * as schema from "./schema.js";

/*
 * A logical backup: a gzip file of JSON lines, readable by any taocun at the same migration
 * whatever the database (PGlite or PostgreSQL), so it also moves a hub from one to the other.
 *
 *   ["taocun-backup", {"format": 1, "migration": {...}, "at": "…"}]
 *   ["table", "hubs", 1]          the table's name and how many rows follow
 *   {"id": "…", "slug": "…", …}   one row_to_json per line
 *   ["end", {"tables": 9, "rows": 12345}]
 *
 * Rows are objects and markers arrays, so a line's first character says which it is.
 */

const FORMAT = 1;
// Rows per fetch and per insert; big rows end an insert sooner (INSERT_BYTES).
const CHUNK_ROWS = 1000;
const INSERT_BYTES = 4 * 1024 * 1024;

/** The file is not a backup this taocun can restore, or the target cannot take it: one line for the person. */
export class BackupError extends Error {}

export type Migration = { tag: string; hash: string; createdAt: number };
type Header = { format: number; migration: Migration; at: string };
/** Called once a table is done, with its name and how many rows it had. */
export type TableProgress = (table: string, rows: number) => void;

/** Every table of the Drizzle schema, each after the tables its foreign keys point to. */
export function tablesInForeignKeyOrder(): PgTable[] {
  const ordered: PgTable[] = [];
  const visiting = new Set<PgTable>();
  const visit = (table: PgTable) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`foreign keys form a cycle through ${tableName(table)}`);
    visiting.add(table);
    for (const key of getTableConfig(table).foreignKeys) {
      const target = key.reference().foreignTable;
      if (target !== table) visit(target);
    }
    visiting.delete(table);
    ordered.push(table);
  };
  for (const value of Object.values(schema)) if (is(value, PgTable)) visit(value);
  return ordered;
}

export function tableName(table: PgTable): string {
  const { name, schema } = getTableConfig(table);
  return schema ? `${schema}.${name}` : name;
}

/** The newest migration in this code's drizzle folder. */
export function codeMigration(): Migration {
  const last = readMigrationFiles({ migrationsFolder }).at(-1);
  if (!last) throw new Error(`no migrations in ${migrationsFolder}`);
  return { tag: migrationTag(last.folderMillis), hash: last.hash, createdAt: last.folderMillis };
}

/** The newest migration applied to the database, from drizzle's own bookkeeping. */
export async function appliedMigration(db: Db): Promise<Migration | undefined> {
  const [row] = await queryRows<{ hash: string; created_at: string }>(
    db,
    sql`select hash, created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  if (!row) return undefined;
  const createdAt = Number(row.created_at);
  return { tag: migrationTag(createdAt), hash: row.hash, createdAt };
}

function migrationTag(createdAt: number): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  return journal.entries.find((entry) => entry.when === createdAt)?.tag ?? `unknown migration of ${createdAt}`;
}

// ── writing ─────────────────────────────────────────────────────────────────────────────

/**
 * Writes every table to FILE from one snapshot (repeatable read), so a backup of a running
 * server is consistent. A half-written file is never left under FILE's name.
 */
export async function writeBackup(db: Db, file: string, onTable: TableProgress = () => {}): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await db.transaction(
      async (tx) => {
        const migration = await appliedMigration(tx);
        if (!migration) throw new BackupError("the database has no migrations applied: run `taocun migrate` first");
        const header: Header = { format: FORMAT, migration, at: new Date().toISOString() };
        await pipeline(
          backupLines(tx, header, onTable),
          zlib.createGzip(),
          // Password hashes, phone numbers and sessions: for the owner's eyes only.
          fs.createWriteStream(partial, { mode: 0o600 }),
        );
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

async function* backupLines(tx: Db, header: Header, onTable: TableProgress): AsyncGenerator<string> {
  yield marker("taocun-backup", header);
  let total = 0;
  const tables = tablesInForeignKeyOrder();
  for (const table of tables) {
    const [counted] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${table}`);
    const rows = counted?.n ?? 0;
    yield marker("table", tableName(table), rows);
    for await (const lines of rowLines(tx, table)) yield `${lines.join("\n")}\n`;
    onTable(tableName(table), rows);
    total += rows;
  }
  yield marker("end", { tables: tables.length, rows: total });
}

function marker(...fields: unknown[]): string {
  return `${JSON.stringify(fields)}\n`;
}

async function* rowLines(tx: Db, table: PgTable): AsyncGenerator<string[]> {
  await tx.execute(sql`declare taocun_backup no scroll cursor for select row_to_json(t)::text as line from ${table} t`);
  for (;;) {
    const rows = await queryRows<{ line: string }>(tx, sql.raw(`fetch forward ${CHUNK_ROWS} from taocun_backup`));
    if (rows.length === 0) break;
    // Strings come escaped; a raw line break can only be whitespace inside a json column's value.
    yield rows.map((row) => row.line.replace(/[\r\n]+/g, " "));
  }
  await tx.execute(sql`close taocun_backup`);
}

// ── restoring ───────────────────────────────────────────────────────────────────────────

/**
 * Restores FILE into a migrated, empty database in one transaction: on any error nothing
 * is left behind. Reads the file as a stream, one chunk of rows at a time.
 */
export async function restoreBackup(db: Db, file: string, onTable: TableProgress = () => {}): Promise<void> {
  const lines = linesOf(file);
  try {
    await checkMigrations(db, file, await readHeader(file, lines));
    await db.transaction(async (tx) => {
      await refuseUnlessEmpty(tx);
      await restoreTables(tx, file, lines, onTable);
      await resetSequences(tx);
    });
  } finally {
    await lines.return(undefined);
  }
}

async function* linesOf(file: string): AsyncGenerator<string> {
  const gunzip = zlib.createGunzip();
  const source = fs.createReadStream(file).on("error", (error) => gunzip.destroy(error));
  gunzip.setEncoding("utf8");
  let rest: string | undefined;
  try {
    for await (const chunk of source.pipe(gunzip) as AsyncIterable<string>) {
      const lines = ((rest ?? "") + chunk).split("\n");
      rest = lines.pop() ?? "";
      yield* lines;
    }
  } catch (error) {
    throw readError(file, error as NodeJS.ErrnoException, rest !== undefined);
  } finally {
    source.destroy();
  }
  if (rest) yield rest;
}

function readError(file: string, error: NodeJS.ErrnoException, started: boolean): Error {
  if (error.code?.startsWith("Z_")) {
    return new BackupError(
      `${file} ${started ? "is damaged or cut short" : "is not a taocun backup"} (${error.message})`,
    );
  }
  if (error.syscall) return new BackupError(`cannot read ${file}: ${error.message}`);
  return error;
}

async function readHeader(file: string, lines: AsyncGenerator<string>): Promise<Header> {
  const first = await lines.next();
  const [kind, header] = (first.done ? [] : parseMarker(first.value)) as [unknown, Header | undefined];
  if (kind !== "taocun-backup" || typeof header?.migration?.hash !== "string") {
    throw new BackupError(`${file} is not a taocun backup`);
  }
  if (header.format !== FORMAT) {
    throw new BackupError(`${file} is in backup format ${header.format}; this taocun reads format ${FORMAT}`);
  }
  return header;
}

function parseMarker(line: string): unknown[] {
  try {
    const value: unknown = JSON.parse(line);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

async function checkMigrations(db: Db, file: string, header: Header): Promise<void> {
  const code = codeMigration();
  if (header.migration.hash !== code.hash) {
    throw new BackupError(
      `${file} was made at migration ${header.migration.tag} and this taocun is at ${code.tag}: ` +
        "restore it with the taocun version that made it, which can then be upgraded",
    );
  }
  const target = await appliedMigration(db);
  if (target?.hash !== code.hash) {
    throw new BackupError(`the target database is at ${target?.tag ?? "no migration"}, not ${code.tag}`);
  }
}

async function refuseUnlessEmpty(tx: Db): Promise<void> {
  const tables = tablesInForeignKeyOrder();
  // Held to commit, so nothing (a server loading its demo hub, say) writes in between.
  await tx.execute(sql`lock table ${sql.join(tables, sql`, `)} in exclusive mode`);
  const [hub] = await tx.select({ name: schema.hubs.name }).from(schema.hubs).limit(1);
  if (hub) throw new BackupError(`the target database already has a hub (${hub.name}); ${RESTORE_INTO_EMPTY}`);
  for (const table of tables) {
    const [row] = await queryRows<{ found: boolean }>(tx, sql`select exists (select 1 from ${table}) as found`);
    if (row?.found) {
      throw new BackupError(`the target database is not empty (${tableName(table)} has rows); ${RESTORE_INTO_EMPTY}`);
    }
  }
}

const RESTORE_INTO_EMPTY = "restore into a new DATA_DIR or an empty PostgreSQL database";

type TableInProgress = { table: PgTable; name: string; expected: number; restored: number; pending: string[] };

async function restoreTables(
  tx: Db,
  file: string,
  lines: AsyncGenerator<string>,
  onTable: TableProgress,
): Promise<void> {
  const restore = new Restore(tx, file, onTable);
  for await (const line of lines) await restore.take(line);
  restore.finish();
}

/** Follows the file line by line: markers open and close tables, rows collect into inserts. */
class Restore {
  private readonly known = new Map(tablesInForeignKeyOrder().map((table) => [tableName(table), table]));
  private current: TableInProgress | undefined;
  private total = 0;
  private ended = false;

  constructor(
    private readonly tx: Db,
    private readonly file: string,
    private readonly onTable: TableProgress,
  ) {}

  async take(line: string): Promise<void> {
    if (this.ended) throw this.damaged("it has lines after its end");
    if (line.startsWith("{")) return this.addRow(line);
    if (this.current) await this.finishTable(this.current);
    this.current = undefined;
    const [kind, name, rows] = parseMarker(line);
    if (kind === "end") return this.end(name as { rows?: unknown } | undefined);
    const table = this.known.get(name as string);
    if (kind !== "table" || !table || typeof rows !== "number") throw this.damaged(`unexpected ${line.slice(0, 60)}`);
    this.known.delete(name as string);
    this.current = { table, name: name as string, expected: rows, restored: 0, pending: [] };
  }

  finish(): void {
    if (!this.ended) throw this.damaged("it ends early");
  }

  private async addRow(line: string): Promise<void> {
    const current = this.current;
    if (!current) throw this.damaged("it has rows before any table");
    current.pending.push(line);
    const bytes = current.pending.reduce((sum, row) => sum + row.length, 0);
    if (current.pending.length >= CHUNK_ROWS || bytes >= INSERT_BYTES) await this.insert(current);
  }

  private async finishTable(table: TableInProgress): Promise<void> {
    await this.insert(table);
    if (table.restored !== table.expected) {
      throw this.damaged(`${table.name} should have ${table.expected} rows, has ${table.restored}`);
    }
    this.onTable(table.name, table.restored);
    this.total += table.restored;
  }

  private end(summary: { rows?: unknown } | undefined): void {
    if (summary?.rows !== this.total) throw this.damaged(`it should hold ${summary?.rows} rows, has ${this.total}`);
    this.ended = true;
  }

  private async insert(table: TableInProgress): Promise<void> {
    if (table.pending.length === 0) return;
    try {
      await this.tx.execute(insertRows(table.table, `[${table.pending.join(",")}]`));
    } catch (error) {
      throw new BackupError(`${this.file}: rows of ${table.name} could not be restored: ${causeOf(error)}`);
    }
    table.restored += table.pending.length;
    table.pending = [];
  }

  private damaged(why: string): BackupError {
    return new BackupError(`${this.file} is damaged: ${why}`);
  }
}

/** Generated columns are computed again; identity columns keep the values they had. */
function insertRows(table: PgTable, rows: string): SQL {
  const columns = sql.join(
    Object.values(getTableConfig(table).columns)
      .filter((column) => !column.generated)
      .map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  return sql`insert into ${table} (${columns}) overriding system value
             select ${columns} from json_populate_recordset(null::${table}, ${rows}::json)`;
}

function causeOf(error: unknown): string {
  let e = error as { message?: string; cause?: unknown };
  while (e.cause) e = e.cause as typeof e;
  return e.message ?? String(error);
}

/** Serial and identity columns continue after the restored rows, not from 1. */
async function resetSequences(tx: Db): Promise<void> {
  for (const table of tablesInForeignKeyOrder()) {
    const qualified = tableName(table)
      .split(".")
      .map((part) => `"${part.replaceAll('"', '""')}"`)
      .join(".");
    const sequences = await queryRows<{ name: string; sequence: string }>(
      tx,
      sql`select attname as name, pg_get_serial_sequence(${qualified}, attname) as sequence
          from pg_attribute where attrelid = ${qualified}::regclass and attnum > 0 and not attisdropped
          and pg_get_serial_sequence(${qualified}, attname) is not null`,
    );
    for (const { name, sequence } of sequences) {
      await tx.execute(
        sql`select setval(${sequence}::regclass, coalesce(max(${sql.identifier(name)}), 0) + 1, false) from ${table}`,
      );
    }
  }
}

/** Each table's row count and an md5 of its rows in a fixed order: equal digests, equal tables. */
export async function tableDigests(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  return db.transaction(async (tx) => {
    // Timestamps print in the session's time zone; fix it so two servers compare alike.
    await tx.execute(sql`set local time zone 'UTC'`);
    const digests: Record<string, { rows: number; md5: string }> = {};
    for (const table of tablesInForeignKeyOrder()) {
      const [row] = await queryRows<{ rows: number; md5: string }>(
        tx,
        sql`select count(*)::int as rows, md5(coalesce(string_agg(j, E'\n' order by j collate "C"), '')) as md5
            from (select row_to_json(t)::text as j from ${table} t) rows`,
      );
      if (row) digests[tableName(table)] = row;
    }
    return digests;
  });
}
