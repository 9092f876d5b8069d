/**
 * Flash sales through the real HTTP API of taocun's server, in a child process on PostgreSQL,
 * for each inventory engine (in-process, Redis):
 *
 *   sustained  a deal with more units than the run can sell, 256 keep-alive connections each
 *              buying as soon as its last buy is answered, for 20 s: accepted orders/s, p50/p99;
 *   sell-out   10,000 units, 50,000 distinct buyers (limit 1) buying one each: exactly 10,000
 *              sold, none oversold, every acknowledged claim id in the database.
 *
 * In the same run, with the same load generator and connections: the baseline (a Fastify route
 * doing `update … set qty = qty - n where qty >= n` + insert, one transaction a buy, same pool
 * size) and the ceiling (a route that only counts in memory), each before and after taocun's
 * runs, and each engine's sustained run again after them: the better run of each compared (the
 * same run's figure drifts by a fifth from one run to the next here). Writes
 * bench/results/flash-sale.json.
 *
 *   npm run bench -- flash-sale                 about 6 minutes on 2 cores
 *   BENCH_SECONDS=5 npm run bench -- flash-sale a quick look (not the goals' scale)
 *   BENCH_PROFILE=1 …                           --cpu-prof on taocun's server, profiles in the printed directory
 *   BENCH_DATABASE_URL / REDIS_URL              the servers (127.0.0.1 only); Redis skipped when none answers
 *
 * A fresh database taocun_bench_<random> is created and dropped again, and only the Redis keys
 * of the deals made here are deleted, whatever happens.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Database, openDatabase } from "../server/src/db/connection.js";
import { migrate } from "../server/src/db/migrate.js";
import { liveSale } from "../server/src/modules/live/flash-sale-fixture.js";
import { manyBuyers } from "./flash-sale/buyers.js";
import { forgetDeals, localRedis } from "./flash-sale/redis.js";
import { goalNotes, type Measured, resultOf, tableOf } from "./flash-sale/report.js";
import {
  type Bench,
  type EngineRun,
  measureBaseline,
  measureCeiling,
  measureEngine,
  measureSustained,
} from "./flash-sale/runs.js";
import { createBenchDatabase, localAdminUrl, serverSettings } from "./lib/database.js";
import { writeResult } from "./lib/results.js";

const CONNECTIONS = 256;
const SECONDS = Number(process.env.BENCH_SECONDS ?? "20");
const SELL_OUT_UNITS = 10_000;
const SELL_OUT_BUYERS = 50_000;
const SUSTAINED_BUYERS = 5_000;
const POOL_SIZE = 12;
// The benchmark stops by itself, whatever happens: past this it cleans up and exits.
const TIME_LIMIT_MS = 12 * 60_000;

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  if (!(SECONDS >= 1 && SECONDS <= 120))
    throw new Error(`BENCH_SECONDS must be 1–120, not ${process.env.BENCH_SECONDS}`);
  const adminUrl = localAdminUrl();
  const redis = await localRedis();
  if ("skipped" in redis) console.warn(`\n*** flash-sale: the Redis engine is SKIPPED: ${redis.skipped} ***\n`);
  const store = await createBenchDatabase(adminUrl);
  let database: Database | undefined;
  const redisDeals: string[] = [];
  const cleanUp = async () => {
    if ("url" in redis) await forgetDeals(redis.url, redisDeals).catch((error) => console.error(error));
    await database?.close().catch(() => {});
    await store.drop();
  };
  const watchdog = setTimeout(() => {
    console.error(`flash-sale: still running after ${TIME_LIMIT_MS / 60_000} minutes; stopping`);
    void cleanUp().finally(() => process.exit(2));
  }, TIME_LIMIT_MS);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  let measured: Measured;
  let server: Record<string, string>;
  try {
    database = await openDatabase({ databaseUrl: store.url, poolSize: 4 });
    await migrate(database);
    server = await serverSettings(database.db, ["fsync", "max_connections", "shared_buffers", "synchronous_commit"]);
    const bench = await prepare(database, store.url, redisDeals);
    measured = await measureAll(bench, redis);
  } finally {
    clearTimeout(watchdog);
    await cleanUp();
  }
  report(measured, server, loadAtStart, redis);
}

async function prepare(database: Database, databaseUrl: string, redisDeals: string[]): Promise<Bench> {
  log("making the room and 55,000 signed-in buyers …");
  const sale = await liveSale(database.db, 200_000_000);
  const buyers = await manyBuyers(database.db, sale.hubId, SELL_OUT_BUYERS + SUSTAINED_BUYERS);
  const tokens = buyers.map((buyer) => buyer.token);
  return {
    db: database.db,
    databaseUrl,
    sale,
    sustainedBuyers: tokens.slice(SELL_OUT_BUYERS),
    sellOutBuyers: tokens.slice(0, SELL_OUT_BUYERS),
    connections: CONNECTIONS,
    seconds: SECONDS,
    sellOutUnits: SELL_OUT_UNITS,
    poolSize: POOL_SIZE,
    nodeFlags: profileFlags(),
    redisDeals,
  };
}

async function measureAll(bench: Bench, redis: { url: string } | { skipped: string }): Promise<Measured> {
  const yardsticks = async (when: string) => {
    log(`ceiling (${SECONDS} s, ${when}) …`);
    const ceiling = await measureCeiling(bench);
    log(`baseline (${SECONDS} s, ${when}) …`);
    return { ceiling, baseline: await measureBaseline(bench) };
  };
  const inProcessEnv = { LIVE_ENGINE: "in-process" };
  const redisEnv = "url" in redis ? { LIVE_ENGINE: "redis", REDIS_URL: redis.url } : undefined;
  const before = await yardsticks("before taocun");
  log(`taocun, in-process engine (${SECONDS} s, then the sell-out) …`);
  const inProcess = await measureEngine(bench, inProcessEnv);
  log(`taocun, Redis engine (${SECONDS} s, then the sell-out) …`);
  const onRedis = redisEnv ? await measureEngine(bench, redisEnv) : undefined;
  const after = await yardsticks("after taocun");
  // Each engine's sustained run again, after the second yardsticks: the better of two, as for them.
  const again = async (run: EngineRun, env: Record<string, string>, name: string) => {
    log(`taocun, ${name} engine again (${SECONDS} s) …`);
    run.sustainedRuns.push(await measureSustained(bench, env));
    return run;
  };
  return {
    ceilingRuns: [before.ceiling, after.ceiling],
    baselineRuns: [before.baseline, after.baseline],
    engines: {
      inProcess: await again(inProcess, inProcessEnv, "in-process"),
      redis: onRedis && redisEnv ? await again(onRedis, redisEnv, "Redis") : (redis as { skipped: string }),
    },
  };
}

function report(
  measured: Measured,
  server: Record<string, string>,
  loadAtStart: string,
  redis: { url: string } | { skipped: string },
): void {
  const { figures, baseline, ratio, checks } = resultOf(measured);
  const notes = [
    `Load average (1, 5, 15 min) at the start ${loadAtStart}, at the end ${loadAverage()} on ${os.cpus().length} CPUs: the server, PostgreSQL, Redis and the load generator share them.`,
    `Sustained: ${CONNECTIONS} keep-alive connections, each sending its next buy (a new Idempotency-Key, ${SUSTAINED_BUYERS} buyers in turn) when the last is answered, for ${SECONDS} s after a warm-up in which each buyer buys once; acceptedPerSec counts 201 answers in the window, p50/p99 every request of the window.`,
    `Sell-out: ${SELL_OUT_BUYERS} buyers (limit 1) buy one unit each of ${SELL_OUT_UNITS}; secondsToSellOut runs from the first request to the answer acknowledging the last unit. checks compare the claim ids answered 201/200 with flash_claims.`,
    `Ceiling and baseline each ran before and after taocun's first runs (figures.ceilingRunsPerSec, baseline.runsPerSec), and each engine's sustained run again after them (figures.<engine>.runsPerSec); ratios use the better run of each.`,
    `Server: taocun's in a child process (node server/bin/taocun.mjs serve, DATABASE_POOL_SIZE=${POOL_SIZE}); baseline and ceiling: bench/flash-sale/baseline-server.ts, the same way; the load generator: bench/flash-sale/http.ts over raw sockets.`,
    ...("skipped" in redis ? [`Redis engine skipped: ${redis.skipped}`] : []),
    ...goalNotes(measured, ratio),
  ];
  const file = writeResult({
    name: "flash-sale",
    scale: {
      connections: CONNECTIONS,
      sustainedSeconds: SECONDS,
      sustainedBuyers: SUSTAINED_BUYERS,
      sellOutUnits: SELL_OUT_UNITS,
      sellOutBuyers: SELL_OUT_BUYERS,
      perBuyerLimitSellOut: 1,
      databasePoolSize: POOL_SIZE,
    },
    server,
    figures,
    baseline,
    ratio,
    checks,
    notes,
  });
  log(`\n${tableOf(measured)}\n`);
  log(`ratios: ${JSON.stringify(ratio)}`);
  for (const note of notes.slice(-2)) log(note);
  log(`\nwrote ${file}`);
}

/** BENCH_PROFILE=1: a CPU profile of each taocun server, written when it stops. */
function profileFlags(): string[] {
  if (!process.env.BENCH_PROFILE) return [];
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-flash-sale-profile-"));
  log(`CPU profiles of taocun's servers go to ${directory}`);
  return ["--cpu-prof", `--cpu-prof-dir=${directory}`];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
