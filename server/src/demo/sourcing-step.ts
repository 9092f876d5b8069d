import type { DemoStep } from "./context.js";

/** Shops' selections and price rules (filled in by the sourcing work). */
export const sourcingStep: DemoStep = {
  name: "sourcing",
  async run() {},
};
