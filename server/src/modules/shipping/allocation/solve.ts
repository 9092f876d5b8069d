import { performance } from "node:perf_hooks";
import { buildMilp, planFromValues } from "./milp-model.js";
import { allocatedCount, fitsCapacity, type Plan, type Problem } from "./problem.js";
import { roundPlan } from "./rounding.js";
import type { MilpSolver } from "./solver.js";
import type { SolverStatus } from "./types.js";

export type MilpAttempt = {
  status: SolverStatus;
  /** The solver's plan in whole parcels, when it had one and it holds every constraint. */
  plan?: Plan;
  lowerBound?: number;
  seconds: number;
  variables: number;
  detail?: string;
};

export type MilpSettings = { solver: MilpSolver; seconds: number; relativeGap: number; integer: boolean };

/**
 * Builds the class MILP, solves it within the time left, and rounds its class volumes to whole
 * parcels. A solver that throws, finds nothing in time, or returns a plan breaking a
 * constraint yields no plan: the caller falls back to the greedy one.
 */
export async function solveMilp(problem: Problem, placeable: number, settings: MilpSettings): Promise<MilpAttempt> {
  const layout = buildMilp(problem, placeable, settings.integer);
  const variables = layout.program.colCost.length;
  const started = performance.now();
  try {
    const solution = await settings.solver.solve(layout.program, {
      seconds: Math.max(0, settings.seconds),
      relativeGap: settings.relativeGap,
    });
    const seconds = (performance.now() - started) / 1000;
    const known = {
      seconds,
      variables,
      ...(solution.lowerBound === undefined ? {} : { lowerBound: solution.lowerBound }),
    };
    if (!solution.values) return { status: solution.status, ...known, ...detailOf(solution.detail) };
    const plan = roundPlan(problem, planFromValues(layout, solution.values));
    if (!plan || !holds(problem, plan, placeable))
      return { status: "error", ...known, detail: "the solver's plan breaks a constraint once rounded" };
    return { status: solution.status, plan, ...known };
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    return { status: "error", seconds, variables, detail: (error as Error).message };
  }
}

function detailOf(detail: string | undefined): { detail?: string } {
  return detail === undefined ? {} : { detail };
}

/** Each class fully placed or left over, whole parcels, within capacity, as many placed as can be. */
function holds(problem: Problem, plan: Plan, placeable: number): boolean {
  const whole = plan.x.every((row) => row.every((n) => Number.isInteger(n) && n >= 0));
  const counted = problem.classes.every(
    (c, i) => (plan.x[i] ?? []).reduce((a, b) => a + b, 0) + (plan.left[i] ?? 0) === c.count,
  );
  return whole && counted && fitsCapacity(problem, plan) && allocatedCount(plan) === placeable;
}
