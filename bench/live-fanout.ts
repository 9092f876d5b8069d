/**
 * Live-room fan-out: 5,000 viewers of one room on real WebSockets to taocun's server (a child
 * process on PostgreSQL, in-process engine), while for 20 s 300 signed-in buyers comment
 * (50/s) and buy a flash deal (10/s) over HTTP and viewers tap likes over their sockets (20
 * messages/s). Measured at the viewers: update messages delivered per second against the
 * server's promise (one coalesced update per room every 150 ms tick while anything happens),
 * and each update's lag behind `since` (its first change) and `at` (when it was sent).
 * Writes bench/results/live-fanout.json.
 *
 *   npm run bench -- live-fanout                about 1½ minutes on 2 cores
 *   BENCH_VIEWERS=1000 …                        fewer viewers, for a quick look (not the goal's scale)
 *   BENCH_PROFILE=1 …                           --cpu-prof on the server, the profile's directory printed
 *   BENCH_DATABASE_URL=postgres://…@127.0.0.1:5432/postgres   the server (127.0.0.1 only)
 *
 * A fresh database taocun_bench_<random> is created and dropped again, whatever happens.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type Database, openDatabase } from "../server/src/db/connection.js";
import { migrate } from "../server/src/db/migrate.js";
import { type ServerProcess, startServer } from "../server/src/modules/live/child-server.js";
import { liveSale, signedInBuyers } from "../server/src/modules/live/flash-sale-fixture.js";
import { createBenchDatabase, localAdminUrl } from "./lib/database.js";
import { round } from "./lib/results.js";
import { drive } from "./live-fanout/activity.js";
import { cpuMeter, openFilesLimit, serverLoopDelay } from "./live-fanout/machine.js";
import { type Run, report, stored } from "./live-fanout/report.js";
import { Audience } from "./live-fanout/viewers.js";

const VIEWERS = Number(process.env.BENCH_VIEWERS ?? "5000");
const PROFILE = process.env.BENCH_PROFILE === "1";
const BUYERS = 300;
const DRIVE_MS = 20_000;
const DEAL_UNITS = 1_000;
const RATES = { commentsPerSec: 50, buysPerSec: 10, likeMessagesPerSec: 20, likesPerMessage: 3 };
const OPEN_BATCH = 250;
const SAMPLE_EVERY = 250;
// The benchmark stops by itself, whatever happens: past this it stops the server, drops its database and exits.
const TIME_LIMIT_MS = 6 * 60_000;

type Held = { server?: ServerProcess; audience?: Audience; database?: Database };

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  if (!(VIEWERS >= 1 && VIEWERS <= 20_000)) throw new Error(`BENCH_VIEWERS must be 1–20,000, not ${VIEWERS}`);
  // Each process (this one, the server) holds a socket per viewer, plus its own few hundred files.
  const files = openFilesLimit();
  if (files < VIEWERS + 1_000)
    throw new Error(`${VIEWERS} viewers need ulimit -n ≥ ${VIEWERS + 1_000} (it is ${files}): raise it in this shell`);
  const loadAtStart = os.loadavg();
  const bench = await createBenchDatabase(localAdminUrl());
  const held: Held = {};
  let released: Promise<unknown> | undefined;
  const release = () => {
    released ??= (async () => {
      held.audience?.close();
      await held.server?.stop();
      await held.database?.close().catch(() => {});
      await bench.drop();
    })();
    return released;
  };
  const abandon = (why: string, code: number) => () => {
    console.error(`live-fanout: ${why}; stopping`);
    void release().finally(() => process.exit(code));
  };
  const watchdog = setTimeout(abandon(`still running after ${TIME_LIMIT_MS / 60_000} minutes`, 2), TIME_LIMIT_MS);
  process.once("SIGINT", abandon("interrupted", 130));
  process.once("SIGTERM", abandon("terminated", 143));
  let run: Run;
  try {
    run = await measure(bench, held);
  } finally {
    await release();
    clearTimeout(watchdog);
  }
  report(run, {
    viewers: VIEWERS,
    buyers: BUYERS,
    driveMs: DRIVE_MS,
    dealUnits: DEAL_UNITS,
    rates: RATES,
    loadAtStart,
  });
}

async function measure(bench: { url: string; name: string }, held: Held): Promise<Run> {
  log(`live-fanout: database ${bench.name}, ${VIEWERS} viewers, ${BUYERS} buyers`);
  const database = await openDatabase({ databaseUrl: bench.url, poolSize: 4 });
  held.database = database;
  await migrate(database);
  const sale = await liveSale(database.db, DEAL_UNITS * 2);
  const dealId = await sale.launch({ quantity: DEAL_UNITS, perBuyerLimit: 5 });
  const buyers = await signedInBuyers(database.db, sale.hubId, BUYERS);

  const profileDir = PROFILE ? fs.mkdtempSync(path.join(os.tmpdir(), "taocun-live-fanout-")) : undefined;
  const server = await startServer(
    { DATABASE_URL: bench.url, LIVE_ENGINE: "in-process" },
    { nodeFlags: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [] },
  );
  held.server = server;
  const audience = new Audience(`ws://127.0.0.1:${server.port}/api/live/rooms/${sale.roomId}/ws`, SAMPLE_EVERY);
  held.audience = audience;

  const openedAt = performance.now();
  await audience.open(VIEWERS, OPEN_BATCH, (open) => {
    if (open % 1000 === 0 || open === VIEWERS) log(`  ${open} viewers connected`);
  });
  const openSeconds = round((performance.now() - openedAt) / 1000, 1);
  // The viewer counts of the opening settle (a count is news, sent as an update) before measuring.
  await sleep(1_500);

  await serverLoopDelay(server.origin);
  const cpu = cpuMeter(server.pid);
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  const from = Date.now();
  audience.measure({ from, to: from + DRIVE_MS });
  log(`driving the room for ${DRIVE_MS / 1000} s`);
  const activity = await drive(server.origin, { roomId: sale.roomId, dealId }, buyers, audience, RATES, DRIVE_MS);
  // The last changes go out at the next tick or two.
  await sleep(1_000);
  const share = cpu();
  clientLoop.disable();
  const serverLoop = await serverLoopDelay(server.origin);
  const inDatabase = await stored(database.db, sale, dealId, activity.likesSent);
  if (profileDir) log(`server CPU profile (written when it stops): ${profileDir}`);
  return {
    audience,
    activity,
    inDatabase,
    openSeconds,
    share,
    serverLoop,
    clientLoopP99Ms: clientLoop.percentile(99) / 1e6,
  };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
