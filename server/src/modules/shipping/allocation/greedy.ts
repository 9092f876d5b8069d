import { FlowNetwork } from "./flow.js";
import {
  cheapestPlan,
  clonePlan,
  emptyPlan,
  fitsCapacity,
  type Plan,
  type Problem,
  type ProblemCarrier,
  planValue,
  tierSaving,
  volumes,
} from "./problem.js";

/**
 * The fallback, and the yardstick the solver's plan must beat. It starts from the cheapest
 * list-price split that places as many parcels as capacity allows (a min-cost flow), and from
 * the per-parcel cheapest choice when that fits capacity; then it moves parcels while that
 * lowers the objective — filling a carrier up to its next tier, or moving one class from one
 * carrier to another — and keeps the better of the two.
 */
export function greedyPlan(problem: Problem): Plan {
  const cheapest = cheapestPlan(problem);
  // With no capacity limit at all the cheapest choice is what the min-cost flow would give.
  const starts = fitsCapacity(problem, cheapest) ? [cheapest] : [];
  if (problem.carriers.some((carrier) => Number.isFinite(carrier.capacity))) starts.push(listPriceFlow(problem));
  const improved = starts.map((start) => improve(problem, start));
  return improved.reduce((best, plan) => (planValue(problem, plan) < planValue(problem, best) ? plan : best));
}

/** As many parcels as capacity allows, at the least total list weight (tiers ignored). */
export function listPriceFlow(problem: Problem): Plan {
  const classes = problem.classes.length;
  const carriers = problem.carriers.length;
  const total = problem.classes.reduce((sum, c) => sum + c.count, 0);
  const source = classes + carriers;
  const sink = source + 1;
  const network = new FlowNetwork(sink + 1);
  const arcs = problem.classes.map((c, i) => {
    network.addArc(source, i, c.count);
    return c.options.map((option) => network.addArc(i, classes + option.carrier, c.count, option.weight));
  });
  problem.carriers.forEach((carrier, k) => {
    network.addArc(classes + k, sink, Math.min(carrier.capacity, total));
  });
  network.minCostFlow(source, sink);
  const plan = emptyPlan(problem);
  arcs.forEach((row, i) => {
    row.forEach((arc, j) => {
      (plan.x[i] as number[])[j] = network.flowOn(arc);
    });
    plan.left[i] = (problem.classes[i]?.count ?? 0) - (plan.x[i] as number[]).reduce((a, b) => a + b, 0);
  });
  return plan;
}

type Move = { from: number; option: number; to: number; parcels: number };

const MAX_ROUNDS = 500;

/** Best-improvement local search over tier fills and class moves; never changes how many parcels are placed. */
export function improve(problem: Problem, start: Plan): Plan {
  const plan = clonePlan(start);
  const volume = volumes(problem, plan);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const best = bestMoves(problem, plan, volume);
    if (!best) break;
    for (const move of best) apply(problem, plan, volume, move);
  }
  return plan;
}

function bestMoves(problem: Problem, plan: Plan, volume: number[]): Move[] | undefined {
  let best: { moves: Move[]; delta: number } | undefined;
  const consider = (moves: Move[] | undefined) => {
    if (!moves) return;
    const delta = deltaOf(problem, plan, volume, moves);
    if (delta < -1e-9 && (!best || delta < best.delta)) best = { moves, delta };
  };
  problem.carriers.forEach((carrier, k) => {
    for (const tier of carrier.tiers)
      if (tier.minParcels > (volume[k] as number) && tier.minParcels <= carrier.capacity)
        consider(fillTo(problem, plan, k, tier.minParcels - (volume[k] as number)));
  });
  problem.classes.forEach((c, i) => {
    c.options.forEach((_from, j) => {
      const parcels = plan.x[i]?.[j] ?? 0;
      if (parcels === 0) return;
      c.options.forEach((to, o) => {
        if (o === j) return;
        const room = (problem.carriers[to.carrier] as ProblemCarrier).capacity - (volume[to.carrier] as number);
        const moved = Math.min(parcels, room);
        if (moved > 0) consider([{ from: i, option: j, to: o, parcels: moved }]);
      });
    });
  });
  return best?.moves;
}

/** The cheapest way (per parcel, by weight) to move `need` parcels onto carrier k from others. */
function fillTo(problem: Problem, plan: Plan, k: number, need: number): Move[] | undefined {
  const candidates: (Move & { extra: number })[] = [];
  problem.classes.forEach((c, i) => {
    const to = c.options.findIndex((option) => option.carrier === k);
    if (to < 0) return;
    c.options.forEach((from, j) => {
      const parcels = plan.x[i]?.[j] ?? 0;
      if (j !== to && parcels > 0)
        candidates.push({ from: i, option: j, to, parcels, extra: (c.options[to]?.weight ?? 0) - from.weight });
    });
  });
  candidates.sort((a, b) => a.extra - b.extra || a.from - b.from || a.option - b.option);
  const moves: Move[] = [];
  let missing = need;
  for (const candidate of candidates) {
    if (missing === 0) break;
    const parcels = Math.min(candidate.parcels, missing);
    moves.push({ from: candidate.from, option: candidate.option, to: candidate.to, parcels });
    missing -= parcels;
  }
  return missing === 0 ? moves : undefined;
}

/** How the objective changes with the moves: prices, and the tiers each touched carrier ends at. */
function deltaOf(problem: Problem, plan: Plan, volume: number[], moves: Move[]): number {
  const changed = new Map<number, number>();
  let delta = 0;
  for (const move of moves) {
    const options = problem.classes[move.from]?.options ?? [];
    const from = options[move.option];
    const to = options[move.to];
    if (!from || !to || (plan.x[move.from]?.[move.option] ?? 0) < move.parcels) return Number.POSITIVE_INFINITY;
    delta += move.parcels * (to.weight - from.weight);
    changed.set(from.carrier, (changed.get(from.carrier) ?? 0) - move.parcels);
    changed.set(to.carrier, (changed.get(to.carrier) ?? 0) + move.parcels);
  }
  for (const [k, change] of changed) {
    const carrier = problem.carriers[k] as ProblemCarrier;
    const before = volume[k] as number;
    if (before + change > carrier.capacity) return Number.POSITIVE_INFINITY;
    delta -= tierSaving(carrier, before + change) - tierSaving(carrier, before);
  }
  return delta;
}

function apply(problem: Problem, plan: Plan, volume: number[], move: Move): void {
  const options = problem.classes[move.from]?.options ?? [];
  const row = plan.x[move.from] as number[];
  row[move.option] = (row[move.option] as number) - move.parcels;
  row[move.to] = (row[move.to] as number) + move.parcels;
  const from = options[move.option]?.carrier as number;
  const to = options[move.to]?.carrier as number;
  volume[from] = (volume[from] as number) - move.parcels;
  volume[to] = (volume[to] as number) + move.parcels;
}
