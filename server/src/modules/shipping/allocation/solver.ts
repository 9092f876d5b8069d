/**
 * A mixed-integer linear program in the solver-neutral form the allocation builds, and what a
 * solver gives back. HiGHS is the implementation (highs-solver.ts); tests inject others.
 *
 *   minimise  Σ cost[j]·x[j]   subject to  rowLower ≤ A·x ≤ rowUpper,  colLower ≤ x ≤ colUpper
 */
export type LinearProgram = {
  colCost: number[];
  colLower: number[];
  colUpper: number[];
  /** True for a column that must take a whole value. */
  integer: boolean[];
  rowLower: number[];
  rowUpper: number[];
  /** A in compressed rows: row i's entries are at starts[i] … starts[i+1]-1. */
  starts: number[];
  indices: number[];
  values: number[];
};

export type MilpSolution = {
  status: "optimal" | "time_limit" | "infeasible" | "error";
  /** Column values when the solver has a feasible point (at the time limit too, if it found one). */
  values?: Float64Array;
  /** A lower bound on the optimum, when the solver proved one. */
  lowerBound?: number;
  detail?: string;
};

export interface MilpSolver {
  readonly name: string;
  solve(program: LinearProgram, limits: { seconds: number; relativeGap: number }): Promise<MilpSolution>;
}

/** A growing program: columns first, then rows over them. */
export class ProgramBuilder {
  readonly program: LinearProgram = {
    colCost: [],
    colLower: [],
    colUpper: [],
    integer: [],
    rowLower: [],
    rowUpper: [],
    starts: [0],
    indices: [],
    values: [],
  };

  column(cost: number, lower: number, upper: number, integer = false): number {
    const p = this.program;
    p.colCost.push(cost);
    p.colLower.push(lower);
    p.colUpper.push(upper);
    p.integer.push(integer);
    return p.colCost.length - 1;
  }

  row(entries: readonly (readonly [number, number])[], lower: number, upper: number): void {
    const p = this.program;
    for (const [column, value] of entries) {
      p.indices.push(column);
      p.values.push(value);
    }
    p.starts.push(p.indices.length);
    p.rowLower.push(lower);
    p.rowUpper.push(upper);
  }
}
