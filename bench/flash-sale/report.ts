import { round, table } from "../lib/results.js";
import type { DealChecks } from "./checks.js";
import type { Sustained } from "./measure.js";
import type { EngineRun } from "./runs.js";

/**
 * What a run measured. The ceiling and the baseline run twice, before and after taocun's first
 * runs, and each engine's sustained run twice, before and after the second yardsticks; the
 * better run of each is the one compared. On this machine the same run's figure drifts by a
 * fifth from one run to the next, for the yardsticks and taocun alike.
 */
export type Measured = {
  ceilingRuns: Sustained[];
  baselineRuns: { sustained: Sustained; checks: DealChecks }[];
  engines: { inProcess: EngineRun | { skipped: string }; redis: EngineRun | { skipped: string } };
};

const best = <T>(runs: T[], speed: (run: T) => number): T =>
  runs.reduce((better, run) => (speed(run) > speed(better) ? run : better));
const ceilingOf = (measured: Measured) => best(measured.ceilingRuns, (run) => run.acceptedPerSec);
const baselineOf = (measured: Measured) => best(measured.baselineRuns, (run) => run.sustained.acceptedPerSec);

type EngineKey = keyof Measured["engines"];
const ENGINES: EngineKey[] = ["inProcess", "redis"];
// The issue's goals per engine.
export const GOALS = { timesBaseline: 10, ofCeiling: 0.5, p99Ms: 100 };

const ran = (run: EngineRun | { skipped: string }): run is EngineRun => !("skipped" in run);
const sustainedOf = (run: EngineRun) => best(run.sustainedRuns, (one) => one.sustained.acceptedPerSec).sustained;

const speed = (run: Sustained) => ({
  acceptedPerSec: run.acceptedPerSec,
  p50Ms: run.p50Ms,
  p99Ms: run.p99Ms,
  requests: run.requests,
  refused: run.refused,
  failures: run.failures,
});

function engineFigures(run: EngineRun | { skipped: string }) {
  if (!ran(run)) return run;
  const { sellOut } = run;
  return {
    ...speed(sustainedOf(run)),
    runsPerSec: run.sustainedRuns.map((one) => one.sustained.acceptedPerSec),
    sellOut: {
      units: sellOut.units,
      buyers: sellOut.buyers,
      sold: run.sellOutChecks.sold,
      acknowledged: sellOut.acknowledged.size,
      secondsToSellOut: sellOut.secondsToSellOut,
      secondsAllAnswered: sellOut.secondsAllAnswered,
      refused: sellOut.refused,
      failures: sellOut.failures,
    },
  };
}

function engineChecks(run: EngineRun) {
  const all = [...run.sustainedRuns.map((one) => one.checks), run.sellOutChecks];
  const sum = (key: keyof DealChecks) => all.reduce((total, checks) => total + checks[key], 0);
  return {
    oversold: sum("oversold"),
    lostAcknowledged: sum("lostAcknowledged"),
    buyersOverLimit: sum("buyersOverLimit"),
    unacknowledgedInDatabase: sum("unacknowledgedInDatabase"),
    sellOutSoldExactly: run.sellOutChecks.sold === run.sellOut.units,
    sellOutAcknowledgedExactly: run.sellOut.acknowledged.size === run.sellOut.units,
  };
}

/** figures, baseline, ratio and checks as bench/results/flash-sale.json holds them. */
export function resultOf(measured: Measured) {
  const { engines } = measured;
  const ceiling = ceilingOf(measured);
  const baseline = baselineOf(measured);
  const figures: Record<string, unknown> = {
    inProcess: engineFigures(engines.inProcess),
    redis: engineFigures(engines.redis),
    ceilingPerSec: ceiling.acceptedPerSec,
    ceilingP50Ms: ceiling.p50Ms,
    ceilingP99Ms: ceiling.p99Ms,
    ceilingRunsPerSec: measured.ceilingRuns.map((run) => run.acceptedPerSec),
  };
  const ratio: Record<string, number | null> = {
    baselineOfCeiling: round(baseline.sustained.acceptedPerSec / ceiling.acceptedPerSec, 3),
  };
  const baselineChecks = measured.baselineRuns.map((run) => run.checks);
  const checks: Record<string, unknown> = {
    baseline: {
      lostAcknowledged: baselineChecks.reduce((sum, run) => sum + run.lostAcknowledged, 0),
      oversold: baselineChecks.reduce((sum, run) => sum + run.oversold, 0),
    },
  };
  for (const key of ENGINES) {
    const run = engines[key];
    const perSec = ran(run) ? sustainedOf(run).acceptedPerSec : undefined;
    ratio[key] = perSec === undefined ? null : round(perSec / baseline.sustained.acceptedPerSec, 1);
    ratio[`${key}OfCeiling`] = perSec === undefined ? null : round(perSec / ceiling.acceptedPerSec, 3);
    checks[key] = ran(run) ? engineChecks(run) : run;
  }
  const runs = measured.baselineRuns.map((run) => run.sustained.acceptedPerSec);
  return { figures, baseline: { ...speed(baseline.sustained), runsPerSec: runs }, ratio, checks };
}

/** One line per engine: whether it met the goals. */
export function goalNotes(measured: Measured, ratio: Record<string, number | null>): string[] {
  return ENGINES.map((key) => {
    const run = measured.engines[key];
    if (!ran(run)) return `${key}: not measured (${run.skipped}).`;
    const met = (ok: boolean) => (ok ? "met" : "MISSED");
    return (
      `${key}: ≥ ${GOALS.timesBaseline}× baseline ${met((ratio[key] ?? 0) >= GOALS.timesBaseline)} (${ratio[key]}×), ` +
      `≥ ${GOALS.ofCeiling} of ceiling ${met((ratio[`${key}OfCeiling`] ?? 0) >= GOALS.ofCeiling)} (${ratio[`${key}OfCeiling`]}), ` +
      `p99 ≤ ${GOALS.p99Ms} ms ${met(sustainedOf(run).p99Ms <= GOALS.p99Ms)} (${sustainedOf(run).p99Ms} ms).`
    );
  });
}

/** The terminal table. */
export function tableOf(measured: Measured): string {
  const rows: (string | number)[][] = [
    [
      "route (sustained, 256 connections)",
      "accepted/s",
      "p50 ms",
      "p99 ms",
      "sell-out s",
      "sold",
      "acknowledged",
      "oversold",
      "lost",
    ],
  ];
  const line = (name: string, run: Sustained) => [name, run.acceptedPerSec, run.p50Ms, run.p99Ms];
  rows.push([...line("ceiling: count in memory, nothing durable", ceilingOf(measured)), "", "", "", "", ""]);
  const baseline = baselineOf(measured);
  rows.push([
    ...line("baseline: update … where qty >= n + insert", baseline.sustained),
    "",
    "",
    "",
    baseline.checks.oversold,
    baseline.checks.lostAcknowledged,
  ]);
  for (const key of ENGINES) {
    const run = measured.engines[key];
    if (!ran(run)) {
      rows.push([`taocun ${key}`, "skipped", "", "", "", "", "", "", ""]);
      continue;
    }
    const checks = engineChecks(run);
    rows.push([
      ...line(`taocun ${key}`, sustainedOf(run)),
      run.sellOut.secondsToSellOut,
      run.sellOutChecks.sold,
      run.sellOut.acknowledged.size,
      checks.oversold,
      checks.lostAcknowledged,
    ]);
  }
  return table(rows);
}
