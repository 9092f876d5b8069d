import type { DemoStep } from "./context.js";

/** Suppliers' products with drawn pictures, tiers and stock (filled in by the catalog work). */
export const catalogStep: DemoStep = {
  name: "catalog",
  async run() {},
};
