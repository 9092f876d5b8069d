import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, withDatabase } from "../../test/database.js";
import { tableDigests } from "../db/backup.js";
import { openDatabase } from "../db/connection.js";
import { isHubOperator, listHubs } from "../modules/accounts/hubs.js";
import { verifyPassword } from "../modules/accounts/secrets.js";
import { findUserForLogin } from "../modules/accounts/users.js";

const BIN = fileURLToPath(new URL("../../bin/taocun.mjs", import.meta.url));
type Run = { code: number | null; stdout: string; stderr: string };

/** The real command, in its own process, with only the settings given (an embedded database unless told). */
function taocun(args: string[], env: Record<string, string>): Promise<Run> {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...inherited, LOG_LEVEL: "silent", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneLineError(run: Run, message: RegExp): void {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^taocun: /);
  expect(lines[0]).toMatch(message);
}

async function digestsOfDataDir(dataDir: string) {
  const database = await openDatabase({ pgliteDir: path.join(dataDir, "pg") });
  try {
    return await tableDigests(database.db);
  } finally {
    await database.close();
  }
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("taocun errors a person can fix", () => {
  it("prints one line and exits 1 for a malformed DATABASE_URL", async () => {
    const run = await taocun(["migrate"], { DATABASE_URL: "nonsense", DATA_DIR: dir });
    expectOneLineError(run, /DATABASE_URL must look like postgres:\/\//);
  });

  it("prints one line and exits 1 for a PostgreSQL server that does not answer", async () => {
    const run = await taocun(["migrate"], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/x", DATA_DIR: dir });
    expectOneLineError(run, /cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/x/);
  });

  it("prints one line and exits 1 for a backup file that is not there", async () => {
    const run = await taocun(["restore", path.join(dir, "missing.gz")], { DATA_DIR: path.join(dir, "unused") });
    expectOneLineError(run, /no such file/);
  });
});

describe("taocun demo load, backup and restore", () => {
  const source = () => path.join(dir, "source");
  const target = () => path.join(dir, "target");
  const backup = () => path.join(dir, "qingyanliu.taocun.gz");

  it("moves a demo hub from one data directory to another, row for row", { timeout: 120_000 }, async () => {
    const load = await taocun(["demo", "load"], { DATA_DIR: source() });
    expect(load.stderr).toBe("");
    expect(load.code).toBe(0);
    for (const login of ["xiehui", "supplier", "shop", "station"])
      expect(load.stdout).toContain(`${login}@demo.taocun.cn`);
    expectOneLineError(
      await taocun(["demo", "load"], { DATA_DIR: source() }),
      /demo hub 青岩刘电商村 is already loaded/,
    );

    const written = await taocun(["backup", backup()], { DATA_DIR: source() });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/organisations\s+47 rows/);
    const restored = await taocun(["restore", backup()], { DATA_DIR: target() });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/organisations\s+47 rows/);
    expectOneLineError(
      await taocun(["restore", backup()], { DATA_DIR: target() }),
      /already has a hub \(青岩刘电商村\)/,
    );

    const expected = await digestsOfDataDir(source());
    expect(expected.organisations?.rows).toBe(47);
    expect(await digestsOfDataDir(target())).toEqual(expected);
  });

  it("runs the day's cut-off by hand once, and refuses a day still to come", { timeout: 60_000 }, async () => {
    const env = { DATA_DIR: target() };
    expectOneLineError(await taocun(["cutoff", "run", "--date", "2999-01-01"], env), /2999-01-01 还没到，不能提前截单/);
    const first = await taocun(["cutoff", "run", "--hub", "qingyanliu"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/青岩刘电商村 \d{4}-\d{2}-\d{2}：截单完成，\d+ 行订单 → \d+ 张采购单/);
    const again = await taocun(["cutoff", "run", "--hub", "qingyanliu"], env);
    expect(again.stdout).toContain("今天已截过单");
    expectOneLineError(await taocun(["cutoff", "run", "--hub", "nowhere"], env), /no hub with the slug nowhere/);
  });

  it("allocates the day's parcels to carriers by hand, and refuses once a label is printed", {
    timeout: 60_000,
  }, async () => {
    const env = { DATA_DIR: target() };
    const cutoff = await taocun(["cutoff", "run", "--hub", "qingyanliu"], env);
    expect(cutoff.code, cutoff.stderr).toBe(0);
    const date = /(\d{4}-\d{2}-\d{2})/.exec(cutoff.stdout)?.[1] as string;
    const first = await taocun(["shipping", "allocate", "--hub", "qingyanliu", "--date", date], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/青岩刘电商村 \d{4}-\d{2}-\d{2}：\d+ 个包裹分给 \d+ 家快递，合计 [\d.]+ 元/);
    const database = await openDatabase({ pgliteDir: path.join(target(), "pg") });
    try {
      await database.db.execute(sql`update waybills set printed_at = now() where business_date = ${date}`);
    } finally {
      await database.close();
    }
    const again = await taocun(["shipping", "allocate", "--hub", "qingyanliu", "--date", date], env);
    expectOneLineError(again, /已有面单打印或揽收，不能重新分配/);
  });

  it("creates a hub operator who can log in, with the password from TAOCUN_PASSWORD", { timeout: 60_000 }, async () => {
    const env = { DATA_DIR: target(), TAOCUN_PASSWORD: "青岩刘-2025-secret" };
    const args = ["user", "create", "--email", "Liu.Wei@Example.com", "--name", "刘伟", "--operator", "qingyanliu"];
    const created = await taocun(args, env);
    expect(created.code, created.stderr).toBe(0);
    expectOneLineError(await taocun(args, env), /already exists/);
    const noPassword = ["user", "create", "--email", "x@example.com", "--name", "某人"];
    expectOneLineError(await taocun(noPassword, { DATA_DIR: target() }), /no password given/);

    const database = await openDatabase({ pgliteDir: path.join(target(), "pg") });
    try {
      const user = await findUserForLogin(database.db, "liu.wei@example.com");
      expect(await verifyPassword(user?.passwordHash, "青岩刘-2025-secret")).toBe(true);
      const [hub] = await listHubs(database.db);
      expect(await isHubOperator(database.db, hub?.id ?? "", user?.id ?? "")).toBe(true);
      expect(await findUserForLogin(database.db, "x@example.com")).toBeUndefined();
    } finally {
      await database.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    "restores the embedded hub's backup into PostgreSQL (PostgreSQL only: needs DATABASE_URL)",
    { timeout: 60_000 },
    async () => {
      const url = process.env.DATABASE_URL as string;
      const name = `taocun_test_${randomBytes(6).toString("hex")}`;
      await adminQuery(url, `create database ${name}`);
      try {
        const restored = await taocun(["restore", backup()], { DATABASE_URL: withDatabase(url, name), DATA_DIR: dir });
        expect(restored.code, restored.stderr).toBe(0);
        const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
        const digests = await tableDigests(database.db).finally(() => database.close());
        const embedded = await digestsOfDataDir(source());
        expect(digests).toEqual(embedded);
      } finally {
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      }
    },
  );
});
