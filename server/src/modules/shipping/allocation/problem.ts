import type { RateCard } from "../rates/schema.js";
import type { ParcelClass } from "./classes.js";
import type { AllocationObjective } from "./objective.js";

/**
 * The allocation as numbers, shared by the greedy search, the MILP and the reports: classes
 * with their parcel counts and options, carriers with capacity and tiers, each with the
 * objective's weight beside the fen.
 */
export type ProblemOption = { carrier: number; listFen: number; weight: number };
export type ProblemClass = { count: number; options: ProblemOption[] };
export type ProblemTier = { minParcels: number; discountFen: number; weight: number };
export type ProblemCarrier = { code: string; capacity: number; tiers: ProblemTier[] };
export type Problem = { classes: ProblemClass[]; carriers: ProblemCarrier[] };

/** Parcels per class and option (x[class][option], same order as the class's options), and those left over. */
export type Plan = { x: number[][]; left: number[] };

export function buildProblem(
  classes: readonly ParcelClass[],
  cards: readonly RateCard[],
  objective: AllocationObjective,
): Problem {
  return {
    classes: classes.map((parcelClass) => ({
      count: parcelClass.members.length,
      options: parcelClass.options.map(({ carrier, listFen }) => {
        const code = (cards[carrier] as RateCard).carrier;
        return { carrier, listFen, weight: objective.parcelWeight({ carrier: code, listFen }) };
      }),
    })),
    carriers: cards.map((card) => ({
      code: card.carrier,
      capacity: card.dailyCapacity ?? Number.POSITIVE_INFINITY,
      tiers: card.tiers.map((tier) => ({ ...tier, weight: objective.tierWeight(card.carrier, tier) })),
    })),
  };
}

export function emptyPlan(problem: Problem): Plan {
  return { x: problem.classes.map((c) => c.options.map(() => 0)), left: problem.classes.map((c) => c.count) };
}

export function clonePlan(plan: Plan): Plan {
  return { x: plan.x.map((row) => [...row]), left: [...plan.left] };
}

export function volumes(problem: Problem, plan: Plan): number[] {
  const volume = problem.carriers.map(() => 0);
  problem.classes.forEach((c, i) => {
    c.options.forEach((option, j) => {
      volume[option.carrier] = (volume[option.carrier] as number) + (plan.x[i]?.[j] ?? 0);
    });
  });
  return volume;
}

/** The highest tier a volume reaches with a carrier. */
export function tierOf(carrier: ProblemCarrier, volume: number): ProblemTier | undefined {
  let reached: ProblemTier | undefined;
  for (const tier of carrier.tiers) if (volume >= tier.minParcels) reached = tier;
  return reached;
}

/** What a carrier's tier takes off the objective at a volume (all units: every parcel). */
export function tierSaving(carrier: ProblemCarrier, volume: number): number {
  return volume * (tierOf(carrier, volume)?.weight ?? 0);
}

/** The objective of a plan. */
export function planValue(problem: Problem, plan: Plan): number {
  let value = 0;
  problem.classes.forEach((c, i) => {
    c.options.forEach((option, j) => {
      value += option.weight * (plan.x[i]?.[j] ?? 0);
    });
  });
  volumes(problem, plan).forEach((volume, k) => {
    value -= tierSaving(problem.carriers[k] as ProblemCarrier, volume);
  });
  return value;
}

/** What a plan costs in fen: list prices less each carrier's reached discount on all its parcels. */
export function planCostFen(problem: Problem, plan: Plan): number {
  let cost = 0;
  problem.classes.forEach((c, i) => {
    c.options.forEach((option, j) => {
      cost += option.listFen * (plan.x[i]?.[j] ?? 0);
    });
  });
  volumes(problem, plan).forEach((volume, k) => {
    cost -= volume * (tierOf(problem.carriers[k] as ProblemCarrier, volume)?.discountFen ?? 0);
  });
  return cost;
}

export function fitsCapacity(problem: Problem, plan: Plan): boolean {
  return volumes(problem, plan).every((volume, k) => volume <= (problem.carriers[k] as ProblemCarrier).capacity);
}

export function allocatedCount(plan: Plan): number {
  return plan.x.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
}

/**
 * Every class at its cheapest option (by the objective's weight, or by list price), ties to
 * the first card, capacity ignored; `counts` sends fewer parcels of a class than it has.
 */
export function cheapestPlan(
  problem: Problem,
  options: { by?: "weight" | "listFen"; counts?: readonly number[] } = {},
): Plan {
  const price = (option: ProblemOption) => (options.by === "listFen" ? option.listFen : option.weight);
  const plan = emptyPlan(problem);
  problem.classes.forEach((c, i) => {
    const count = options.counts?.[i] ?? c.count;
    let best = 0;
    c.options.forEach((option, j) => {
      if (price(option) < price(c.options[best] as ProblemOption)) best = j;
    });
    (plan.x[i] as number[])[best] = count;
    plan.left[i] = c.count - count;
  });
  return plan;
}
