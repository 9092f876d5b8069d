import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "web/src/**/*.test.{ts,tsx}"],
    globalSetup: ["server/test/global-setup.ts"],
    reporters: ["default", "./server/test/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file holds its own embedded database (~100 MB); two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
