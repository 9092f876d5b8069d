import { performance } from "node:perf_hooks";
import type { RateCard } from "../rates/schema.js";
import { classifyParcels } from "./classes.js";
import { greedyPlan } from "./greedy.js";
import { highsSolver } from "./highs-solver.js";
import { lowestTotalCost } from "./objective.js";
import { allocatedCount, buildProblem, type Plan, planValue } from "./problem.js";
import { priceOutcome, shareSaving } from "./result.js";
import { type MilpAttempt, solveMilp } from "./solve.js";
import type { AllocationInput, AllocationOptions, AllocationResult, SolverReport } from "./types.js";

const DEFAULT_BUDGET_MS = 5000;
// 0.1 %: at 10,000 parcels and 30 carriers HiGHS finds the optimal plan in 1–2 s and then
// spends 10 s and more proving 0.01 %; the proof is not worth a day's allocation waiting.
const DEFAULT_GAP = 1e-3;

/**
 * The day's parcels split across carriers at the least cost the pooled volume allows: parcels
 * grouped into classes, a greedy plan as the floor, the class MILP solved with HiGHS within
 * the time budget, whichever plan is better kept, then mapped back to parcels and priced.
 */
export async function allocateParcels(
  input: AllocationInput,
  options: AllocationOptions = {},
): Promise<AllocationResult> {
  const started = performance.now();
  const objective = options.objective ?? lowestTotalCost;
  const cards = sortedCards(input.cards);
  const { classes, unallocated } = classifyParcels(input.parcels, cards, input.preferences ?? {});
  const problem = buildProblem(classes, cards, objective);
  const greedyStarted = performance.now();
  const greedy = greedyPlan(problem);
  // What follows the solve (pricing, every shop's greedy plan alone) costs about twice the
  // greedy plan; it is kept out of the solver's share so the whole call stays within budget.
  const afterSolveMs = 2 * (performance.now() - greedyStarted) + 100;
  const placeable = allocatedCount(greedy);
  const integer = options.volumes === "integer";
  const attempt: MilpAttempt =
    classes.length === 0
      ? { status: "skipped", seconds: 0, variables: 0 }
      : await solveMilp(problem, placeable, {
          solver: options.solver ?? highsSolver,
          seconds: ((options.timeBudgetMs ?? DEFAULT_BUDGET_MS) - (performance.now() - started) - afterSolveMs) / 1000,
          relativeGap: options.relativeGap ?? DEFAULT_GAP,
          integer,
        });
  const chosen = choosePlan(attempt, planValue(problem, greedy), greedy, (plan) => planValue(problem, plan));
  const priced = priceOutcome({
    parcels: input.parcels,
    cards,
    classes,
    problem,
    plan: chosen.plan,
    unplaceable: unallocated,
  });
  const { shops, savingFen } = shareSaving(problem, priced.shopParcels, priced.totalFen);
  return {
    objective: objective.name,
    parcels: priced.parcels,
    unallocated: priced.unallocated,
    carriers: priced.carriers,
    totalFen: priced.totalFen,
    baseline: priced.baseline,
    shops,
    savingFen,
    solver: { ...chosen.report, volumes: integer ? "integer" : "continuous", classes: classes.length },
    seconds: (performance.now() - started) / 1000,
  };
}

type Chosen = { plan: Plan; report: Omit<SolverReport, "volumes" | "classes"> };

/** The solver's plan unless it has none or the greedy one is better (rounding, or a time limit). */
function choosePlan(attempt: MilpAttempt, greedyValue: number, greedy: Plan, value: (plan: Plan) => number): Chosen {
  const milpValue = attempt.plan ? value(attempt.plan) : null;
  const useMilp = attempt.plan !== undefined && milpValue !== null && milpValue <= greedyValue + 1e-9;
  const kept = useMilp ? (milpValue as number) : greedyValue;
  const lowerBound = attempt.lowerBound ?? null;
  return {
    plan: useMilp ? (attempt.plan as Plan) : greedy,
    report: {
      method: useMilp ? "milp" : "greedy",
      status: attempt.status,
      seconds: attempt.seconds,
      variables: attempt.variables,
      lowerBound,
      gapPercent: lowerBound === null ? null : gapPercent(kept, lowerBound),
      greedyValue,
      milpValue,
      ...(attempt.detail === undefined ? {} : { detail: attempt.detail }),
    },
  };
}

function gapPercent(value: number, bound: number): number {
  if (value === 0) return 0;
  return (Math.max(0, value - bound) / Math.abs(value)) * 100;
}

function sortedCards(cards: readonly RateCard[]): RateCard[] {
  const sorted = [...cards].sort((a, b) => (a.carrier < b.carrier ? -1 : a.carrier > b.carrier ? 1 : 0));
  sorted.forEach((card, i) => {
    if (i > 0 && sorted[i - 1]?.carrier === card.carrier) throw new Error(`two rate cards for carrier ${card.carrier}`);
  });
  return sorted;
}
