import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Plan, type Problem, volumes } from "./problem.js";
import { roundPlan } from "./rounding.js";

/** Classes over three carriers with random counts, each split among its options in random real shares. */
const fractionalDay = fc
  .array(
    fc.record({
      count: fc.integer({ min: 1, max: 40 }),
      carriers: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
      shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => {
    const problem: Problem = {
      classes: rows.map((row) => ({
        count: row.count,
        options: row.carriers.map((carrier) => ({ carrier, listFen: 100, weight: 100 })),
      })),
      carriers: [0, 1, 2].map((k) => ({ code: `C${k}`, capacity: Number.POSITIVE_INFINITY, tiers: [] })),
    };
    const plan: Plan = { x: [], left: [] };
    rows.forEach((row) => {
      const shares = row.shares.slice(0, row.carriers.length + 1).map((share) => share + 0.01);
      const sum = shares.reduce((a, b) => a + b, 0);
      const split = shares.map((share) => (row.count * share) / sum);
      plan.x.push(split.slice(0, row.carriers.length));
      plan.left.push(split[row.carriers.length] as number);
    });
    return { problem, plan };
  });

describe("roundPlan", () => {
  it("rounds each class volume to a neighbour, keeps class counts, and keeps each carrier within a parcel of its total", () => {
    fc.assert(
      fc.property(fractionalDay, ({ problem, plan }) => {
        const rounded = roundPlan(problem, plan);
        expect(rounded).toBeDefined();
        if (!rounded) return;
        problem.classes.forEach((c, i) => {
          const row = rounded.x[i] as number[];
          row.forEach((value, j) => {
            const exact = plan.x[i]?.[j] as number;
            expect(Number.isInteger(value)).toBe(true);
            expect(value === Math.floor(exact) || value === Math.ceil(exact)).toBe(true);
          });
          expect(row.reduce((a, b) => a + b, 0) + (rounded.left[i] as number)).toBe(c.count);
        });
        const before = volumes(problem, plan);
        volumes(problem, rounded).forEach((volume, k) => {
          const exact = before[k] as number;
          // So a carrier at a (whole) tier threshold or capacity stays on the same side of it.
          expect(volume >= Math.floor(exact + 1e-6) && volume <= Math.ceil(exact - 1e-6)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
