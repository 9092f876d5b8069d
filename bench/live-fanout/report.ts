import os from "node:os";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../server/src/db/connection.js";
import { TICK_MS } from "../../server/src/modules/live/realtime/room-hub.js";
import { percentile, round, table, writeResult } from "../lib/results.js";
import type { Activity, Rates } from "./activity.js";
import type { CpuShare } from "./machine.js";
import type { Audience, Sampled } from "./viewers.js";

const GOAL_P99_MS = 250;

export type Stored = { comments: number; units: number; likes: number };

export type Run = {
  audience: Audience;
  activity: Activity;
  inDatabase: Stored;
  openSeconds: number;
  share: CpuShare;
  serverLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  clientLoopP99Ms: number;
};

type Scale = {
  viewers: number;
  buyers: number;
  driveMs: number;
  dealUnits: number;
  rates: Rates;
  loadAtStart: number[];
};

/** What the database holds after the run: comments, units claimed, likes (the recorder writes every 2 s). */
export async function stored(db: Db, sale: { hubId: string; roomId: string }, dealId: string, likes: number) {
  const read = async () => {
    const [row] = await queryRows<{ comments: number; units: number; likes: number }>(
      db,
      sql`select (select count(*)::int from live_comments where hub_id = ${sale.hubId} and room_id = ${sale.roomId}) as comments,
                 (select coalesce(sum(quantity), 0)::int from flash_claims where hub_id = ${sale.hubId} and deal_id = ${dealId}) as units,
                 (select likes::int from live_rooms where hub_id = ${sale.hubId} and id = ${sale.roomId}) as likes`,
    );
    return row as Stored;
  };
  const deadline = Date.now() + 6_000;
  let row = await read();
  while (row.likes < likes && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    row = await read();
  }
  return row;
}

/** Figures, baseline, ratio and checks of a run; writes bench/results/live-fanout.json and prints a table. */
export function report(run: Run, scale: Scale): void {
  const { audience, activity, share } = run;
  const seconds = scale.driveMs / 1000;
  const deliveredPerSec = round(audience.delivered / seconds, 0);
  const expectedPerSec = (scale.viewers * 1000) / TICK_MS;
  const lag = (values: number[], p: number) => round(percentile(values, p), 0);
  // Every change sent as its own message, as a naive fan-out would: computed, not run.
  const changesPerSec = scale.rates.commentsPerSec + scale.rates.buysPerSec + scale.rates.likeMessagesPerSec;
  const figures = {
    viewers: audience.sockets.length,
    deliveredPerSec,
    expectedPerSec,
    updatesPerViewerPerSec: round(deliveredPerSec / scale.viewers, 2),
    lagP50Ms: lag(audience.sinceLags, 50),
    lagP99Ms: lag(audience.sinceLags, 99),
    sendLagP50Ms: lag(audience.sendLags, 50),
    sendLagP99Ms: lag(audience.sendLags, 99),
    sendLagMaxMs: lag(audience.sendLags, 100),
    batchAgeP50Ms: lag(audience.batchAges, 50),
    batchAgeP99Ms: lag(audience.batchAges, 99),
    fanOutSpreadP50Ms: lag(spreads(audience), 50),
    fanOutSpreadP99Ms: lag(spreads(audience), 99),
    openSeconds: run.openSeconds,
    commentsPerSec: round(activity.commentIds.length / seconds, 1),
    commentHttpP50Ms: round(percentile(activity.commentMs, 50), 1),
    commentHttpP99Ms: round(percentile(activity.commentMs, 99), 1),
    unitsBought: activity.unitsBought,
    likesSent: activity.likesSent,
    sampledUpdatesFull: audience.sampled.reduce((sum, sample) => sum + sample.full, 0),
    sampledCommentsNotShownAfterFullUpdates: missedComments(run, (sample) => sample.full > 0),
    serverCpuCores: round(share.serverCores, 2),
    clientCpuCores: round(share.clientCores, 2),
    machineBusy: round(share.machineBusy, 2),
    serverLoopDelayP99Ms: round(run.serverLoop.p99Ms, 1),
    serverLoopDelayMaxMs: round(run.serverLoop.maxMs, 1),
    clientLoopDelayP99Ms: round(run.clientLoopP99Ms, 1),
  };
  const baseline = {
    deliveredPerSec: expectedPerSec,
    lagP99Ms: GOAL_P99_MS,
    uncoalescedPerSec: changesPerSec * scale.viewers,
  };
  const ratio = {
    delivery: round(deliveredPerSec / expectedPerSec, 3),
    lagGoal: round(GOAL_P99_MS / figures.lagP99Ms, 2),
    coalescing: round(baseline.uncoalescedPerSec / Math.max(deliveredPerSec, 1), 1),
  };
  const checks = checksOf(run, scale);
  const file = writeResult({
    name: "live-fanout",
    scale: { ...scale, tickMs: TICK_MS, sampledViewers: audience.sampled.length },
    figures,
    baseline,
    ratio,
    checks,
    notes: notes(scale, figures),
  });
  print(figures, baseline, ratio, checks);
  console.log(`wrote ${file}`);
}

/** For each update, the time between its first and its last viewer receiving it. */
const spreads = (audience: Audience) => [...audience.spreads.values()].map((spread) => spread.last - spread.first);

function missedComments(run: Run, which: (sample: Sampled) => boolean): number {
  const missed = (sample: Sampled) => run.activity.commentIds.filter((id) => !sample.comments.has(id)).length;
  return run.audience.sampled.filter(which).reduce((sum, sample) => sum + missed(sample), 0);
}

function checksOf(run: Run, scale: Scale) {
  const { audience, activity, inDatabase } = run;
  const left = scale.dealUnits - activity.unitsBought;
  const dealLeft = (sample: Sampled) => [...sample.left.values()].at(-1);
  return {
    allViewersConnected: audience.sockets.length === scale.viewers,
    viewersFailed: audience.failed,
    viewersDropped: audience.dropped,
    // Comments can only be missing where an update was full (a tick with more than 30).
    sampledCommentsMissed: missedComments(run, (sample) => sample.full === 0),
    sampledLikesWrong: audience.sampled.filter((sample) => sample.likes !== activity.likesSent).length,
    sampledLeftWrong: audience.sampled.filter((sample) => dealLeft(sample) !== left).length,
    commentsStoredMatch: inDatabase.comments === activity.commentIds.length,
    unitsStoredMatch: inDatabase.units === activity.unitsBought,
    likesStoredMatch: inDatabase.likes === activity.likesSent,
    oversold: Math.max(0, activity.unitsBought - scale.dealUnits),
    commentsRefused: activity.commentsRefused,
    httpErrors: activity.httpErrors,
  };
}

type Lags = Record<"lagP99Ms" | "batchAgeP50Ms" | "batchAgeP99Ms" | "sendLagP50Ms" | "sendLagP99Ms", number>;

function notes(scale: Scale, figures: Lags): string[] {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(", ");
  return [
    `Load average (1, 5, 15 min) at the start ${load(scale.loadAtStart)}, at the end ${load(os.loadavg())} on ${os.cpus().length} CPUs: the server, PostgreSQL and the ${scale.viewers} viewers share them.`,
    `deliveredPerSec: update messages received by all viewers whose first change (\`since\`) fell in the 20 s of activity, ÷ 20 s (a 20 s window holds a whole number of ticks, one more or less than 20 s ÷ the tick, hence a ratio within 1 % of 1). expectedPerSec (baseline.deliveredPerSec): what the server promises, one update per room per ${TICK_MS} ms tick to each viewer while anything happens (there was activity every tick).`,
    `lagP50Ms/lagP99Ms: receive time at the viewer − \`since\` (the batch's first change: a comment when the server stored it, a like when a server took it, a deal's count when it moved): up to one tick of coalescing by design, plus fan-out. sendLag*: receive time − \`at\` (the server's send time, stamped before its loop over the viewers' sockets): the fan-out alone — the server's loop over 5,000 sockets, the kernel, and this process reading 5,000 sockets. fanOutSpread*: per update, last viewer's receive time − first viewer's. batchAge*: \`at\` − \`since\`, the coalescing wait (up to one ${TICK_MS} ms tick, more when the tick fires late).`,
    "baseline.uncoalescedPerSec: the messages a fan-out sending each change on its own would deliver (changes per second × viewers), computed, not run; ratio.coalescing is that ÷ deliveredPerSec.",
    "sampled*: every 250th viewer parses every update: each accepted comment seen (checks.sampledCommentsMissed counts viewers with no full update; a full update carries its tick's newest 30 comments and drops older ones by design, counted in figures.sampledCommentsNotShownAfterFullUpdates), the sum of likesAdded equal to the likes sent, the deal's last `left` equal to its units minus those bought.",
    `Goal: p99 lag behind \`since\` ≤ ${GOAL_P99_MS} ms ${figures.lagP99Ms <= GOAL_P99_MS ? "met" : "MISSED"}${scale.viewers === 5000 ? "" : " (fewer viewers than the goal's 5,000)"}.`,
    `Where the lag goes: the batch waits for its tick (batchAge p50 ${figures.batchAgeP50Ms} ms, p99 ${figures.batchAgeP99Ms} ms), then reaches every viewer (sendLag p50 ${figures.sendLagP50Ms} ms, p99 ${figures.sendLagP99Ms} ms): the server writes the update's bytes (encoded once) to each of ${scale.viewers} sockets, one write system call each, in one loop, and this process reads as many sockets on the same cores. BENCH_PROFILE=1 shows where the server's time goes.`,
  ];
}

function print(
  figures: Record<string, number>,
  baseline: Record<string, number>,
  ratio: Record<string, number>,
  checks: Record<string, unknown>,
): void {
  console.log("");
  console.log(
    table([
      ["fan-out", "delivered/s", "expected/s", "lag p50", "lag p99", "send p50", "send p99"],
      [
        `${figures.viewers} viewers`,
        figures.deliveredPerSec as number,
        baseline.deliveredPerSec as number,
        figures.lagP50Ms as number,
        figures.lagP99Ms as number,
        figures.sendLagP50Ms as number,
        figures.sendLagP99Ms as number,
      ],
    ]),
  );
  console.log(
    `delivery ${ratio.delivery} of the promise; lag p99 ${figures.lagP99Ms} ms (goal ≤ ${GOAL_P99_MS}); CPU: server ${figures.serverCpuCores}, viewers ${figures.clientCpuCores} cores, machine ${Math.round((figures.machineBusy as number) * 100)}% busy`,
  );
  console.log(`checks: ${JSON.stringify(checks)}`);
}
