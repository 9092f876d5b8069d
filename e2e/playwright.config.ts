import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const root = fileURLToPath(new URL("..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// Workers load this file again; the environment carries the first choice to them so all agree.
process.env.TAOCUN_E2E_PORT ??= String(await freePort());
process.env.TAOCUN_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "taocun-e2e-"));
const port = Number(process.env.TAOCUN_E2E_PORT);

export default defineConfig({
  testDir: ".",
  testMatch: "*.e2e.ts",
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI
    ? [["list"], ["./summary-reporter.ts"]]
    : [
        ["list"],
        ["html", { open: "never", outputFolder: path.join(root, "playwright-report") }],
        ["./summary-reporter.ts"],
      ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Phone first: most people in the village use taocun on a phone.
    viewport: { width: 390, height: 844 },
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // scripts/start.mjs builds the web app when it is missing or stale, then runs `taocun serve`.
    command: "node scripts/start.mjs",
    cwd: root,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    // start.mjs passes this on to the server, which closes its database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: process.env.TAOCUN_E2E_DATA_DIR,
      DEMO: "small",
      LOG_LEVEL: "warn",
      // Always a fresh database (scripts/test-browser.mjs makes one on PostgreSQL when
      // DATABASE_URL is set), so the demo logins exist whatever the suite ran before.
      DATABASE_URL: process.env.TAOCUN_E2E_DATABASE_URL ?? "",
      REDIS_URL: "",
    },
  },
});
