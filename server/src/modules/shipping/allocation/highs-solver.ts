import type { Highs } from "highs";
import * as highsPackage from "highs";
import type { LinearProgram, MilpSolution, MilpSolver } from "./solver.js";

type Loader = () => Promise<Highs>;

let runtime: Promise<Highs> | undefined;

/** HiGHS compiled to WebAssembly, loaded once per process (it finds highs.wasm beside its loader). */
function highs(): Promise<Highs> {
  runtime ??= loader()();
  return runtime;
}

// The package's types describe a CommonJS module with a default export, while Node loads its
// ES module build whose default export is the loader itself: accept either shape.
function loader(): Loader {
  const exported = highsPackage.default as unknown as Loader | { default: Loader };
  return typeof exported === "function" ? exported : exported.default;
}

// HiGHS model status codes (types.d.ts ModelStatusCode).
const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;
const FEASIBLE = 2;

/**
 * HiGHS through its persistent API with the program as sparse arrays (no LP text to parse).
 * The solve is synchronous WebAssembly: it holds the thread for up to the time limit, so a
 * server should call the allocation from a worker or a job, not in a request.
 */
export const highsSolver: MilpSolver = {
  name: "highs",
  async solve(program, limits) {
    const solver = await highs();
    return solver.withModel(modelData(solver, program), (model) => {
      model.options.set({
        output_flag: false,
        time_limit: Math.max(0, limits.seconds),
        mip_rel_gap: limits.relativeGap,
      });
      const status = model.run().modelStatus;
      const feasible = model.info.get("primal_solution_status") === FEASIBLE;
      const values = feasible ? model.getSolution().colValue : undefined;
      // Without an integer column (no tier within reach) HiGHS solves a plain LP and sets no
      // MIP bound; an optimal LP's objective is its own bound.
      const mip = program.integer.some(Boolean);
      const bound = mip
        ? Number(model.info.get("mip_dual_bound"))
        : status === OPTIMAL
          ? Number(model.info.get("objective_function_value"))
          : Number.NaN;
      const lowerBound = Number.isFinite(bound) ? bound : undefined;
      return solutionOf(status, values, lowerBound);
    });
  },
};

function solutionOf(status: number, values: Float64Array | undefined, lowerBound: number | undefined): MilpSolution {
  const known = lowerBound === undefined ? {} : { lowerBound };
  if (status === OPTIMAL && values) return { status: "optimal", values, ...known };
  if (status === TIME_LIMIT) return { status: "time_limit", ...(values ? { values } : {}), ...known };
  if (status === INFEASIBLE) return { status: "infeasible" };
  return { status: "error", detail: `HiGHS model status ${status}` };
}

function modelData(solver: Highs, program: LinearProgram) {
  const finite = (values: number[]) =>
    values.map((v) => (v === Infinity ? solver.infinity : v === -Infinity ? -solver.infinity : v));
  return {
    numCols: program.colCost.length,
    numRows: program.rowLower.length,
    colCost: program.colCost,
    colLower: finite(program.colLower),
    colUpper: finite(program.colUpper),
    rowLower: finite(program.rowLower),
    rowUpper: finite(program.rowUpper),
    matrix: {
      format: "csr" as const,
      numRows: program.rowLower.length,
      numCols: program.colCost.length,
      starts: program.starts,
      indices: program.indices,
      values: program.values,
    },
    integrality: program.integer.map((integer) => (integer ? 1 : 0) as 0 | 1),
  };
}
