import { FlowNetwork } from "./flow.js";
import { emptyPlan, type Plan, type Problem, volumes } from "./problem.js";

const TOLERANCE = 1e-6;

/**
 * Whole parcels from a solution with fractional class volumes. Each x[c,o] becomes its floor
 * or ceiling, each class still sums to its count, and each carrier's total becomes the floor
 * or ceiling of its fractional total — so a carrier at or above a tier threshold (a whole
 * number) stays there, and none goes over its capacity (also whole). Such a rounding always
 * exists (the fractional solution is a flow within those bounds, and bounded flows have
 * integral solutions); it is found as a feasible flow with lower bounds.
 */
export function roundPlan(problem: Problem, fractional: Plan): Plan | undefined {
  const x = fractional.x.map((row) => row.map(snap));
  const left = fractional.left.map(snap);
  const carriers = problem.carriers.length;
  const classes = problem.classes.length;
  // Nodes: classes, carriers, "left over", source, sink.
  const over = classes + carriers;
  const source = over + 1;
  const sink = over + 2;
  const bounded = new BoundedFlow(sink + 1);
  const arcs = problem.classes.map((c, i) => {
    bounded.arc(source, i, c.count, c.count);
    const row = x[i] as number[];
    const placed = c.options.map((option, j) => bounded.arc(i, classes + option.carrier, ...floorCeil(row[j] ?? 0)));
    return { placed, left: bounded.arc(i, over, ...floorCeil(left[i] ?? 0)) };
  });
  const carried = volumes(problem, { x, left });
  carried.forEach((volume, k) => {
    bounded.arc(classes + k, sink, ...floorCeil(volume));
  });
  bounded.arc(over, sink, ...floorCeil(left.reduce((a, b) => a + b, 0)));
  bounded.arc(
    sink,
    source,
    0,
    problem.classes.reduce((sum, c) => sum + c.count, 0),
  );
  if (!bounded.solve()) return undefined;
  const plan = emptyPlan(problem);
  arcs.forEach((row, i) => {
    plan.x[i] = row.placed.map((arc) => bounded.flowOn(arc));
    plan.left[i] = bounded.flowOn(row.left);
  });
  return plan;
}

function snap(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) < TOLERANCE ? nearest : Math.max(0, value);
}

function floorCeil(value: number): [number, number] {
  return [Math.floor(value + TOLERANCE), Math.ceil(value - TOLERANCE)];
}

/** A circulation with lower bounds, solved as a max flow between an added source and sink. */
class BoundedFlow {
  private readonly network: FlowNetwork;
  private readonly excess: number[];
  private readonly lower: number[] = [];
  private readonly ids: number[] = [];

  constructor(private readonly size: number) {
    this.network = new FlowNetwork(size + 2);
    this.excess = new Array<number>(size).fill(0);
  }

  arc(from: number, to: number, lower: number, upper: number): number {
    this.excess[to] = (this.excess[to] as number) + lower;
    this.excess[from] = (this.excess[from] as number) - lower;
    this.ids.push(this.network.addArc(from, to, Math.max(0, upper - lower)));
    this.lower.push(lower);
    return this.ids.length - 1;
  }

  solve(): boolean {
    const source = this.size;
    const sink = this.size + 1;
    let needed = 0;
    this.excess.forEach((excess, node) => {
      if (excess > 0) {
        this.network.addArc(source, node, excess);
        needed += excess;
      } else if (excess < 0) this.network.addArc(node, sink, -excess);
    });
    return this.network.minCostFlow(source, sink).flow === needed;
  }

  flowOn(arc: number): number {
    return (this.lower[arc] as number) + this.network.flowOn(this.ids[arc] as number);
  }
}
