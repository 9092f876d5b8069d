/**
 * The day's carrier allocation at the issue's scale: 10,000 parcels of a Yiwu-like hub to the
 * 31 provinces, thirty carriers with four volume tiers each, split by allocateParcels (class
 * MILP in HiGHS, greedy fallback) with its default 5 s budget, against the per-parcel
 * cheapest list price and against lower bounds; the greedy plan alone for comparison; then
 * the allocated parcels' waybill labels into one PDF at both thermal sizes.
 *
 *   npm run bench -- allocation      about a minute and a half on 2 cores; no database
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import {
  type AllocationInput,
  type AllocationOptions,
  type AllocationResult,
  allocateParcels,
  carrierByCode,
  highsSolver,
  type MilpSolver,
  provinceOf,
  sampleDay,
} from "../server/src/modules/shipping/index.js";
import { type BenchDay, benchDay, thirtyCarriers } from "./allocation-day.js";
import { percentile, round, table, writeResult } from "./lib/results.js";

const PARCELS = 10_000;
const RUNS = 3;
const LABELS = 1000;
const GOALS = { solveSeconds: 5, gapPercent: 0.5, labelsPerSec: 200 };
// A tight gap (0.01 %, the default before the benchmark showed its cost) with time enough for
// HiGHS to prove it at this scale, so the proof's cost and the best provable bound show.
const UNBUDGETED_MS = 120_000;
const TIGHT_GAP = 1e-4;

const log = (line: string) => console.log(line);

type Run = { ms: number; result: AllocationResult };

/** The same allocation RUNS times, for the median. */
async function repeat(input: AllocationInput, options: AllocationOptions = {}, times = RUNS): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const result = await allocateParcels(input, options);
    runs.push({ ms: performance.now() - started, result });
  }
  return runs;
}

/** The run of median wall time: its plan is the one reported (all runs should give the same plan). */
function medianRun(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as Run;
}

// Declines at once, so allocateParcels keeps its greedy plan: what the MILP adds shows against it.
const greedyOnly: MilpSolver = {
  name: "greedy-only",
  solve: async () => ({ status: "error", detail: "declined by the benchmark: greedy plan only" }),
};

/**
 * The same program with every column continuous (the LP relaxation), solved by HiGHS; it
 * returns only the bound, no plan, so allocateParcels keeps the greedy plan and reports the
 * greedy gap to this bound. The bound is weak (big-M tier rows let a fraction of a tier's
 * binary earn its discount) but needs no trust in the MILP's own dual bound.
 */
const lpRelaxation: MilpSolver = {
  name: "highs-lp-relaxation",
  async solve(program, limits) {
    const relaxed = await highsSolver.solve({ ...program, integer: program.integer.map(() => false) }, limits);
    const values = relaxed.values;
    if (!values) return { status: "error", detail: `LP relaxation: ${relaxed.status}` };
    const bound = program.colCost.reduce((sum, cost, j) => sum + cost * (values[j] ?? 0), 0);
    return { status: "time_limit", lowerBound: bound };
  },
};

async function main(): Promise<void> {
  const loadAtStart = os.loadavg().map((load) => load.toFixed(2));
  const cards = thirtyCarriers();
  const day = benchDay(PARCELS);
  const input: AllocationInput = { parcels: day.parcels, cards, preferences: day.preferences };
  log(`allocation: ${day.parcels.length} parcels, ${cards.length} carriers × 4 tiers, ${RUNS} runs each`);

  const { milp, greedy, relaxed, atGoalGap, unbudgeted } = await measureAllocation(input);
  const kept = medianRun(milp).result;
  log(`  allocated ${kept.parcels.length}, unassigned ${kept.unallocated.length}; labels next`);
  const labels = await measureLabels(day, kept);

  const figures = {
    ...allocationFigures(milp, greedy, relaxed),
    ...solverSettingFigures(kept, atGoalGap, unbudgeted),
  };
  const checks = {
    ...allocationChecks(day, milp, cards.length),
    sameTotalAtGoalGap: atGoalGap.every((run) => run.result.totalFen === kept.totalFen),
    sameTotalUnbudgeted: unbudgeted.result.totalFen === kept.totalFen,
  };
  const baseline = {
    totalCostFen: kept.baseline.cheapestListFen,
    cheapestAtTiersFen: kept.baseline.cheapestAtTiersFen,
    cheapestFitsCapacity: kept.baseline.cheapestFitsCapacity,
  };
  const ratio = ratios(kept, figures.greedyCostFen);
  const allFigures = { ...figures, ...labels.figures };
  const notes = [...explain(loadAtStart, allFigures, ratio), ...labels.notes];
  const file = writeResult({
    name: "allocation",
    scale: scaleOf(day, cards.length),
    figures: allFigures,
    baseline,
    ratio,
    checks,
    notes,
  });
  printTables(allFigures, baseline, ratio, labels.rows);
  log(`checks: ${JSON.stringify(checks)}`);
  log(`wrote ${file}`);
}

/** The production call, the greedy plan alone, the LP relaxation, and two other solver settings. */
async function measureAllocation(input: AllocationInput) {
  // Load the WebAssembly and warm the code paths, so the first run is not the odd one out.
  await allocateParcels({ ...sampleDay({ parcels: 200 }), cards: input.cards });
  const milp = await repeat(input);
  const greedy = await repeat(input, { solver: greedyOnly });
  const relaxed = await allocateParcels(input, { solver: lpRelaxation });
  // The 0.5 % as the solver's stopping gap, and the default gap with no time limit.
  const atGoalGap = await repeat(input, { relativeGap: GOALS.gapPercent / 100 });
  const [unbudgeted] = await repeat(input, { timeBudgetMs: UNBUDGETED_MS, relativeGap: TIGHT_GAP }, 1);
  return { milp, greedy, relaxed, atGoalGap, unbudgeted: unbudgeted as Run };
}

function allocationFigures(milp: Run[], greedy: Run[], relaxed: AllocationResult) {
  const kept = medianRun(milp).result;
  const solver = kept.solver;
  const keptValue = (solver.method === "milp" ? solver.milpValue : solver.greedyValue) as number;
  const lpBound = relaxed.solver.lowerBound;
  const lpGap = lpBound === null ? null : gap(keptValue, lpBound);
  const pooledSavingFen = kept.savingFen;
  const aloneFen = kept.shops.reduce((sum, shop) => sum + shop.aloneFen, 0);
  return {
    solveSeconds: round(
      percentile(
        milp.map((run) => run.result.solver.seconds),
        50,
      ),
      3,
    ),
    allocationSeconds: round(
      percentile(
        milp.map((run) => run.ms / 1000),
        50,
      ),
      3,
    ),
    solveSecondsRuns: milp.map((run) => round(run.result.solver.seconds, 3)),
    allocationSecondsRuns: milp.map((run) => round(run.ms / 1000, 3)),
    // The solver's own bound when it proved one, else the LP relaxation's (weaker, still a bound).
    gapPercent: round(solver.gapPercent ?? (lpGap as number), 4),
    gapAgainst: solver.gapPercent === null ? "lp-relaxation" : "solver-lower-bound",
    lowerBoundFen: solver.lowerBound === null ? null : round(solver.lowerBound, 1),
    lpRelaxationBoundFen: lpBound === null ? null : round(lpBound, 1),
    lpRelaxationGapPercent: lpGap === null ? null : round(lpGap, 4),
    totalCostFen: kept.totalFen,
    method: solver.method,
    status: solver.status,
    classes: solver.classes,
    variables: solver.variables,
    carriersUsed: kept.carriers.filter((carrier) => carrier.parcels > 0).length,
    tiersReached: kept.carriers.filter((carrier) => carrier.tier !== null).length,
    allocated: kept.parcels.length,
    shopsAloneFen: aloneFen,
    pooledSavingFen,
    pooledSavingPercent: round((pooledSavingFen / aloneFen) * 100, 3),
    greedyCostFen: solver.greedyValue,
    greedyAllocationSeconds: round(
      percentile(
        greedy.map((run) => run.ms / 1000),
        50,
      ),
      3,
    ),
    greedyGapPercent: solver.lowerBound === null ? null : round(gap(solver.greedyValue, solver.lowerBound), 4),
    greedyLpRelaxationGapPercent: relaxed.solver.gapPercent === null ? null : round(relaxed.solver.gapPercent, 4),
    milpOverGreedyFen: round(solver.greedyValue - keptValue, 1),
  };
}

/**
 * The same day with the solver told to stop at the 0.5 % gap, and with the default
 * 0.01 % gap and no time limit: how much of the budget goes into proving a gap nobody asked for,
 * and how far the budgeted plan really is from the best bound HiGHS can prove.
 */
function solverSettingFigures(kept: AllocationResult, atGoalGap: Run[], unbudgeted: Run) {
  const proven = unbudgeted.result.solver.lowerBound;
  return {
    solveSecondsAtGoalGap: round(
      percentile(
        atGoalGap.map((run) => run.result.solver.seconds),
        50,
      ),
      3,
    ),
    allocationSecondsAtGoalGap: round(
      percentile(
        atGoalGap.map((run) => run.ms / 1000),
        50,
      ),
      3,
    ),
    statusAtGoalGap: medianRun(atGoalGap).result.solver.status,
    totalCostFenAtGoalGap: medianRun(atGoalGap).result.totalFen,
    solveSecondsUnbudgeted: round(unbudgeted.result.solver.seconds, 3),
    statusUnbudgeted: unbudgeted.result.solver.status,
    gapPercentUnbudgeted:
      unbudgeted.result.solver.gapPercent === null ? null : round(unbudgeted.result.solver.gapPercent, 4),
    totalCostFenUnbudgeted: unbudgeted.result.totalFen,
    provenLowerBoundFen: proven === null ? null : round(proven, 1),
    gapPercentVsProvenBound: proven === null ? null : round(gap(kept.totalFen, proven), 4),
  };
}

type Figures = ReturnType<typeof allocationFigures> & ReturnType<typeof solverSettingFigures>;

const gap = (value: number, bound: number) => (value === 0 ? 0 : (Math.max(0, value - bound) / value) * 100);

function ratios(kept: AllocationResult, greedyFen: number) {
  const list = kept.baseline.cheapestListFen;
  const tiers = kept.baseline.cheapestAtTiersFen;
  return {
    savingPercent: round(((list - kept.totalFen) / list) * 100, 3),
    savingVsCheapestAtTiersPercent: round(((tiers - kept.totalFen) / tiers) * 100, 3),
    milpOverGreedyPercent: round(((greedyFen - kept.totalFen) / greedyFen) * 100, 4),
  };
}

/** Every parcel placed or reported exactly once, and the rules the plan must keep. */
function allocationChecks(day: BenchDay, milp: Run[], carriers: number) {
  const kept = medianRun(milp).result;
  const ids = [...kept.parcels.map((p) => p.parcelId), ...kept.unallocated.map((u) => u.parcelId)];
  const seen = new Set(ids);
  const reasons: Record<string, number> = {};
  for (const u of kept.unallocated) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
  const unassigned = new Set(kept.unallocated.map((u) => u.parcelId));
  const carrierOf = new Map(kept.parcels.map((p) => [p.parcelId, p.carrier]));
  return {
    everyParcelOnce:
      ids.length === day.parcels.length && seen.size === ids.length && day.parcels.every((p) => seen.has(p.id)),
    assigned: kept.parcels.length,
    unassigned: kept.unallocated.length,
    unassignedByReason: reasons,
    hongKongAndWeightlessReported: [...day.oddities.hongKong, ...day.oddities.weightless].every((id) =>
      unassigned.has(id),
    ),
    sanshaAssigned: [...day.oddities.sansha].filter((id) => carrierOf.has(id)).length,
    sanshaOnPostalOnly: [...day.oddities.sansha].every(
      (id) => !carrierOf.has(id) || /^EMS\d?$/.test(carrierOf.get(id) ?? ""),
    ),
    ...ruleChecks(day, kept),
    carriersInResult: kept.carriers.length === carriers,
    sameTotalEveryRun: milp.every((run) => run.result.totalFen === kept.totalFen),
    samePlanEveryRun: milp.every((run) => samePlan(run.result, kept)),
  };
}

function ruleChecks(day: BenchDay, kept: AllocationResult) {
  const parcels = new Map(day.parcels.map((p) => [p.id, p]));
  const preferencesHeld = kept.parcels.every((p) => {
    const allowed = day.preferences[p.shopId];
    return !allowed || allowed.includes(p.carrier);
  });
  const expressHeld = kept.parcels.every(
    (p) => parcels.get(p.parcelId)?.service !== "express" || carrierByCode(p.carrier)?.service === "express",
  );
  return {
    preferencesHeld,
    expressOnExpressCarriers: expressHeld,
    capacityHeld: kept.carriers.every((c) => c.capacity === null || c.parcels <= c.capacity),
    pricesAddUp: kept.parcels.reduce((sum, p) => sum + p.priceFen, 0) === kept.totalFen,
    shopsPayTotal: kept.shops.reduce((sum, s) => sum + s.payFen, 0) === kept.totalFen,
    shopSavingsAddUp: kept.shops.reduce((sum, s) => sum + s.savingFen, 0) === kept.savingFen,
    noDearerThanGreedy: kept.totalFen <= kept.solver.greedyValue + 1e-6,
  };
}

function samePlan(a: AllocationResult, b: AllocationResult): boolean {
  return a.parcels.length === b.parcels.length && a.parcels.every((p, i) => p.carrier === b.parcels[i]?.carrier);
}

function scaleOf(day: BenchDay, carriers: number) {
  const provinces = new Set(day.parcels.map((p) => provinceOf(p.provinceCode)).filter((p) => p !== undefined));
  const shops = new Set(day.parcels.map((p) => p.shopId));
  return {
    parcels: day.parcels.length,
    carriers,
    tiersPerCarrier: 4,
    provinces: provinces.size,
    shops: shops.size,
    shopsWithPreferences: [...shops].filter((shop) => day.preferences[shop]).length,
    expressParcels: day.parcels.filter((p) => p.service === "express").length,
    heavyParcels: day.oddities.heavy.size,
    over3kgParcels: day.parcels.filter((p) => p.weightGrams > 3000).length,
    sanshaParcels: day.oddities.sansha.size,
    hongKongParcels: day.oddities.hongKong.size,
    weightlessParcels: day.oddities.weightless.size,
    runs: RUNS,
    timeBudgetMs: 5000,
  };
}

type LabelPart = { figures: Record<string, number | number[] | null>; notes: string[]; rows: (string | number)[][] };

/** Labels for the first LABELS allocated parcels, one PDF per size; the renderer is loaded only here. */
async function measureLabels(day: BenchDay, kept: AllocationResult): Promise<LabelPart> {
  let part: typeof import("./allocation-labels.js");
  try {
    part = await import("./allocation-labels.js");
  } catch (error) {
    // The allocation figures stand on their own: report the renderer as missing rather than fail.
    const note = `labels not measured: the renderer did not load (${(error as Error).message})`;
    return { figures: { labelsPerSec: null }, notes: [note], rows: [["labels", "not measured"]] };
  }
  const { benchLabels, timeLabels } = part;
  const labels = benchLabels(kept.parcels, day.parcels, LABELS);
  const big = await timeLabels(labels, "100x180");
  const small = await timeLabels(labels, "76x130");
  return {
    figures: {
      labelsPerSec: round(big.labelsPerSec, 1),
      labelSeconds: round(big.seconds, 3),
      labelSecondsRuns: big.runs.map((t) => round(t, 3)),
      labelPdfBytes: big.bytes,
      labelPdfPages: big.pages,
      labels76x130PerSec: round(small.labelsPerSec, 1),
      labels76x130Seconds: round(small.seconds, 3),
      labels76x130SecondsRuns: small.runs.map((t) => round(t, 3)),
      labels76x130PdfBytes: small.bytes,
      labels76x130PdfPages: small.pages,
    },
    notes: [
      `labelsPerSec: ${labels.length} labels (the first allocated parcels; Chinese names, masked phones, full addresses) rendered by waybillLabelsPdf into one PDF at 100×180 mm, median of up to 3 renders (fewer once 20 s are spent) after a 100-label warm-up; labels76x130* the same at 76×130 mm.`,
    ],
    rows: [
      ["labels into one PDF", "labels", "seconds", "labels/s", "bytes"],
      ["100×180 mm (goal ≥ 200/s)", big.labels, round(big.seconds, 3), round(big.labelsPerSec, 1), big.bytes],
      ["76×130 mm", small.labels, round(small.seconds, 3), round(small.labelsPerSec, 1), small.bytes],
    ],
  };
}

function explain(loadAtStart: string[], figures: Figures & Record<string, unknown>, ratio: ReturnType<typeof ratios>) {
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  const labelsPerSec = figures.labelsPerSec as number | null;
  return [
    `Load average (1, 5, 15 min) at the start ${loadAtStart.join(", ")}, at the end ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(", ")} on ${os.cpus().length} CPUs.`,
    "solveSeconds: HiGHS's own time (solver.seconds), median of 3 calls of allocateParcels with its defaults (5 s budget, continuous class volumes, 0.1 % MIP gap); allocationSeconds: the whole call (classes, pricing, greedy plan, MILP, rounding, every shop alone).",
    'Thirty carriers as the shipping module\'s solve-speed script builds them: the ten national demo cards (YZPY left out) and two copies of each (ZTO1, ZTO2…) at prices 8 % either side, all at half the demo capacity with four tiers (4–16 fen off). The copies are not in CARRIERS, so the allocation treats the SF/JD/EMS copies as standard carriers and an "SF only" shop may use SF but not SF1/SF2.',
    "The day: sampleDay (seed 2024, 400 shops, some SF-only or ZTO/YTO/YD-only, 2 % express) plus 1 % parcels of 5–30 kg, 20 to 三沙 (4603: only EMS and its copies serve it), 5 to Hong Kong (outside every domestic contract) and 5 with weight 0. Parcels no carrier can take are reported in unallocated with a reason (checks.unassignedByReason).",
    "gapPercent: (kept plan − solver's lower bound) / kept plan; lpRelaxationGapPercent: against the LP relaxation of the same program (all columns continuous), a weaker bound. baseline.totalCostFen: the allocated parcels each at its cheapest allowed list price, no tiers; ratio.savingPercent = (baseline − total) / baseline. pooledSaving*: what the shops would pay each alone (tiers at their own volume) less the pooled total.",
    "baseline.cheapestAtTiersFen is below the pooled total only because that choice breaks carriers' capacity (baseline.cheapestFitsCapacity false): no plan can ship it.",
    "checks.samePlanEveryRun: every run put every parcel on the same carrier. When HiGHS stops on the clock (status time_limit) the plan it holds depends on how far it got, so runs may differ in plan while equal in cost (sameTotalEveryRun).",
    `*AtGoalGap: the same call with relativeGap ${GOALS.gapPercent / 100} (the issue's 0.5 %), median of ${RUNS}; *Unbudgeted: once with a 0.01 % gap and a ${UNBUDGETED_MS / 1000} s budget, so HiGHS stops on the gap, not the clock; gapPercentVsProvenBound compares the default (5 s) plan with that run's lower bound.`,
    "greedy*: allocateParcels with a solver that declines at once, so the greedy plan (min-cost flow plus improvement moves) is kept; its time still includes building the MILP program. greedyGapPercent is against the MILP run's lower bound.",
    // A solver stopped by the budget's clock meets "≤ 5 s" by construction: say so, and judge the whole call too.
    `Goals: solve ≤ ${GOALS.solveSeconds} s ${met(figures.solveSeconds <= GOALS.solveSeconds)}${figures.status === "time_limit" ? " (stopped by the 5 s budget, status time_limit)" : ""}, whole allocateParcels call ≤ ${GOALS.solveSeconds} s ${met(figures.allocationSeconds <= GOALS.solveSeconds)} (${figures.allocationSeconds} s), gap ≤ ${GOALS.gapPercent} % ${met(figures.gapPercent <= GOALS.gapPercent)}, saving reported (${ratio.savingPercent} % vs per-parcel cheapest list price), labels ≥ ${GOALS.labelsPerSec}/s ${labelsPerSec === null ? "not measured" : met(labelsPerSec >= GOALS.labelsPerSec)}.`,
  ];
}

const yuan = (fen: number | null) => (fen === null ? "—" : round(fen / 100, 2));

function printTables(
  figures: Figures & Record<string, unknown>,
  baseline: { totalCostFen: number; cheapestAtTiersFen: number },
  ratio: ReturnType<typeof ratios>,
  labelRows: (string | number)[][],
): void {
  const vsList = (fen: number) => `${round(((baseline.totalCostFen - fen) / baseline.totalCostFen) * 100, 3)} %`;
  log("");
  log(
    table([
      ["10,000 parcels, 30 carriers × 4 tiers", "seconds", "cost ¥", "saving vs list", "gap %"],
      [
        `allocateParcels (${figures.method}, ${figures.status}), solver only`,
        figures.solveSeconds,
        yuan(figures.totalCostFen),
        vsList(figures.totalCostFen),
        figures.gapPercent,
      ],
      ["  whole allocateParcels call", figures.allocationSeconds, "", "", ""],
      [
        "  solver stopping at the goal's 0.5 % gap",
        figures.solveSecondsAtGoalGap,
        yuan(figures.totalCostFenAtGoalGap),
        vsList(figures.totalCostFenAtGoalGap),
        "",
      ],
      [
        `  0.01 % gap, no time limit (${figures.statusUnbudgeted})`,
        figures.solveSecondsUnbudgeted,
        yuan(figures.totalCostFenUnbudgeted),
        vsList(figures.totalCostFenUnbudgeted),
        figures.gapPercentUnbudgeted ?? "—",
      ],
      [
        "greedy plan alone",
        figures.greedyAllocationSeconds,
        yuan(figures.greedyCostFen),
        vsList(figures.greedyCostFen),
        figures.greedyGapPercent ?? "—",
      ],
      ["baseline: per-parcel cheapest, list price", "", yuan(baseline.totalCostFen), "0 %", ""],
      [
        "per-parcel cheapest at the tiers it reaches",
        "",
        yuan(baseline.cheapestAtTiersFen),
        vsList(baseline.cheapestAtTiersFen),
        "",
      ],
      ["solver's lower bound", "", yuan(figures.lowerBoundFen), "", ""],
      ["LP relaxation bound", "", yuan(figures.lpRelaxationBoundFen), "", figures.lpRelaxationGapPercent ?? "—"],
      [
        "shops each alone (pooled saving)",
        "",
        yuan(figures.shopsAloneFen),
        `${figures.pooledSavingPercent} % pooled`,
        "",
      ],
    ]),
  );
  log(
    `saving ${ratio.savingPercent} % vs per-parcel cheapest list; MILP over greedy ${ratio.milpOverGreedyPercent} %; ${figures.carriersUsed} carriers used, ${figures.tiersReached} reached a tier; ${figures.classes} classes`,
  );
  log(
    `the default (5 s) plan is ${figures.gapPercentVsProvenBound ?? "?"} % above the bound proved without a time limit; goal: solve ≤ 5 s, gap ≤ 0.5 %, labels ≥ 200/s`,
  );
  log("");
  log(table(labelRows));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
