#!/usr/bin/env node
// `npm run test:browser`: the Playwright journeys in e2e/ against the system Chromium.
// Without one they are skipped loudly (exit 0), unless REQUIRE_BROWSER=1 makes that a failure.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, dropDatabase, withDatabase } from "./database.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const required = process.env.REQUIRE_BROWSER === "1";

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

if (!isExecutable(chromium)) {
  const bar = "!".repeat(78);
  console.error(
    [
      "",
      bar,
      `!!  BROWSER TESTS ${required ? "FAILED" : "SKIPPED"}: no Chromium at ${chromium}`,
      "!!",
      "!!  The journeys in e2e/ did NOT run, so the web app was not checked in a browser.",
      "!!  Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH",
      "!!  to a Chromium executable; Playwright's own browser downloads are not used.",
      required
        ? "!!  REQUIRE_BROWSER=1 is set, so a missing browser is a failure."
        : "!!  Set REQUIRE_BROWSER=1 (as CI does) to make this a failure instead of a skip.",
      bar,
      "",
    ].join("\n"),
  );
  process.exit(required ? 1 : 0);
}

// One fresh database per run, removed afterwards: an embedded one in a temporary DATA_DIR,
// or, when DATABASE_URL names a PostgreSQL server, a new database on it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-e2e-"));
const adminUrl = process.env.DATABASE_URL;
const e2eDatabase = adminUrl ? `taocun_e2e_${randomBytes(6).toString("hex")}` : undefined;
if (adminUrl && e2eDatabase) await createDatabase(adminUrl, e2eDatabase);
const e2eDatabaseUrl = adminUrl && e2eDatabase ? withDatabase(adminUrl, e2eDatabase) : "";
const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const playwright = spawn(
  process.execPath,
  [cli, "test", "-c", path.join(root, "e2e/playwright.config.ts"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      TAOCUN_E2E_DATA_DIR: dataDir,
      TAOCUN_E2E_DATABASE_URL: e2eDatabaseUrl,
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => playwright.kill(signal));
playwright.on("exit", async (code, signal) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl && e2eDatabase) await dropDatabase(adminUrl, e2eDatabase);
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
