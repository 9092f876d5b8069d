import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase, withDatabase } from "../../test/database.js";
import { type Db, openDatabase, queryRows } from "./connection.js";
import { migrate } from "./migrate.js";

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

describe("migrations", () => {
  it("running them again on a migrated database changes nothing", async () => {
    const database = await testDatabase();
    try {
      const before = await appliedMigrations(database.db);
      expect(before).toBeGreaterThan(0);
      await migrate(database);
      expect(await appliedMigrations(database.db)).toBe(before);
    } finally {
      await database.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    "apply exactly once when several server processes start together on an empty PostgreSQL database (PostgreSQL only: PGlite belongs to one process)",
    async () => {
      const url = process.env.DATABASE_URL as string;
      const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
      const name = `taocun_migrate_${Date.now()}`;
      await admin.db.execute(sql.raw(`create database ${name}`));
      // Five independent pools stand in for five processes: each has its own connections.
      const nodes = await Promise.all(
        Array.from({ length: 5 }, () => openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 2 })),
      );
      try {
        await Promise.all(nodes.map((node) => migrate(node)));
        const first = nodes[0] as (typeof nodes)[0];
        const journal = await import("../../drizzle/meta/_journal.json", { with: { type: "json" } });
        expect(await appliedMigrations(first.db)).toBe(journal.default.entries.length);
        const tables = await queryRows<{ n: number }>(
          first.db,
          sql`select count(*)::int as n from pg_tables where tablename = 'organisations'`,
        );
        expect(tables[0]?.n).toBe(1);
      } finally {
        await Promise.all(nodes.map((node) => node.close()));
        await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await admin.close();
      }
    },
  );
});
