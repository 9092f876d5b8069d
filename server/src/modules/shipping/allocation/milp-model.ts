import type { Plan, Problem } from "./problem.js";
import { type LinearProgram, ProgramBuilder } from "./solver.js";

/**
 * The allocation as a MILP over classes (DOMAIN.md: freight allocation with all-units
 * discounts). For class c and carrier option o, x[c,o] parcels; u[c] parcels left over
 * (only when capacity cannot take them all). For carrier k and each tier t it can reach,
 * v[k,t] its volume counted at tier t and y[k,t] = 1 when t is the tier it reaches:
 *
 *   min Σ w[c,o]·x[c,o] − Σ d[k,t]·v[k,t]
 *   Σ_o x[c,o] + u[c] = n[c]                      every class placed or left over
 *   Σ_c u[c] ≤ n − placeable                      leave over no more than capacity forces
 *   Σ x[·,k] ≤ capacity[k]
 *   Σ_t v[k,t] ≤ Σ x[·,k]                         tier volume is the carrier's volume…
 *   θ[k,t]·y[k,t] ≤ v[k,t] ≤ M[k]·y[k,t]          …counted only at a tier it reaches
 *   Σ_t y[k,t] ≤ 1
 *
 * All units: since d grows with t and v[k,t] may be the whole volume, the discount of the
 * reached tier applies to every parcel of the day. M[k] is the most the carrier can get.
 */
export type MilpLayout = {
  program: LinearProgram;
  /** Column of x[class][option]. */
  x: number[][];
  /** Column of u[class]. */
  left: number[];
};

export function buildMilp(problem: Problem, placeable: number, integerVolumes: boolean): MilpLayout {
  const builder = new ProgramBuilder();
  const total = problem.classes.reduce((sum, c) => sum + c.count, 0);
  const x = problem.classes.map((c) => c.options.map((o) => builder.column(o.weight, 0, c.count, integerVolumes)));
  const spare = total - placeable;
  const left = problem.classes.map((c) => builder.column(0, 0, Math.min(c.count, spare), integerVolumes));
  problem.classes.forEach((c, i) => {
    const row = (x[i] as number[]).map((column) => [column, 1] as const);
    builder.row([...row, [left[i] as number, 1]], c.count, c.count);
  });
  if (spare > 0)
    builder.row(
      left.map((column) => [column, 1] as const),
      0,
      spare,
    );
  problem.carriers.forEach((carrier, k) => {
    const uses = carrierColumns(problem, x, k);
    const demand = problem.classes.reduce((sum, c) => sum + (c.options.some((o) => o.carrier === k) ? c.count : 0), 0);
    const reach = Math.min(carrier.capacity, demand);
    if (carrier.capacity < demand)
      builder.row(
        uses.map((column) => [column, 1] as const),
        0,
        carrier.capacity,
      );
    tierRows(builder, carrier.tiers, uses, reach);
  });
  return { program: builder.program, x, left };
}

function carrierColumns(problem: Problem, x: number[][], k: number): number[] {
  const columns: number[] = [];
  problem.classes.forEach((c, i) => {
    c.options.forEach((option, j) => {
      if (option.carrier === k) columns.push(x[i]?.[j] as number);
    });
  });
  return columns;
}

function tierRows(
  builder: ProgramBuilder,
  tiers: Problem["carriers"][number]["tiers"],
  uses: number[],
  reach: number,
): void {
  const reachable = tiers.filter((tier) => tier.minParcels <= reach && tier.weight > 0);
  if (reachable.length === 0) return;
  const v = reachable.map((tier) => builder.column(-tier.weight, 0, reach));
  const y = reachable.map(() => builder.column(0, 0, 1, true));
  builder.row(
    [...v.map((column) => [column, 1] as const), ...uses.map((column) => [column, -1] as const)],
    Number.NEGATIVE_INFINITY,
    0,
  );
  reachable.forEach((tier, t) => {
    builder.row(
      [
        [v[t] as number, 1],
        [y[t] as number, -reach],
      ],
      Number.NEGATIVE_INFINITY,
      0,
    );
    builder.row(
      [
        [v[t] as number, 1],
        [y[t] as number, -tier.minParcels],
      ],
      0,
      Number.POSITIVE_INFINITY,
    );
  });
  builder.row(
    y.map((column) => [column, 1] as const),
    0,
    1,
  );
}

/** The solver's column values read back as a (possibly fractional) plan. */
export function planFromValues(layout: MilpLayout, values: Float64Array): Plan {
  return {
    x: layout.x.map((row) => row.map((column) => Math.max(0, values[column] ?? 0))),
    left: layout.left.map((column) => Math.max(0, values[column] ?? 0)),
  };
}
