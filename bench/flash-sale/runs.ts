import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../server/src/db/connection.js";
import { type ServerProcess, startServer } from "../../server/src/modules/live/child-server.js";
import type { liveSale } from "../../server/src/modules/live/flash-sale-fixture.js";
import { checkDeal, type DealChecks } from "./checks.js";
import type { Target } from "./load.js";
import { type SellOut, type Sustained, sellOut, sustained } from "./measure.js";

/** What every run shares: the bench database with its room and buyers, and the load's shape. */
export type Bench = {
  db: Db;
  databaseUrl: string;
  sale: Awaited<ReturnType<typeof liveSale>>;
  /** Session tokens: a few thousand for the sustained runs, a distinct 50,000 for each sell-out. */
  sustainedBuyers: string[];
  sellOutBuyers: string[];
  connections: number;
  seconds: number;
  sellOutUnits: number;
  poolSize: number;
  /** Node flags for taocun's server (--cpu-prof when profiling). */
  nodeFlags: string[];
  /** Deals whose keys the Redis engine made, to be deleted at the end. */
  redisDeals: string[];
};

// More units than any run sells, and a limit no buyer reaches: the sustained deal never refuses.
const ENDLESS = { quantity: 100_000_000, perBuyerLimit: 1_000_000 };
const YARDSTICK = ["--import", "tsx", "bench/flash-sale/baseline-server.ts"];

/** A sustained run, and the database checked against its answers. */
export type SustainedRun = { sustained: Sustained; checks: DealChecks };

/** An engine's sustained runs (taocun's are run twice, like the yardsticks) and its sell-out. */
export type EngineRun = {
  sustainedRuns: SustainedRun[];
  sellOut: SellOut;
  sellOutChecks: DealChecks;
};

/** taocun's server on one engine: the sustained run, then the sell-out, then the database checked against the answers. */
export async function measureEngine(bench: Bench, env: Record<string, string>): Promise<EngineRun> {
  const endless = await endlessDeal(bench, env);
  const limited = { quantity: bench.sellOutUnits, perBuyerLimit: 1 };
  const scarce = { hubId: bench.sale.hubId, dealId: await bench.sale.launch(limited), ...limited };
  if (env.LIVE_ENGINE === "redis") bench.redisDeals.push(scarce.dealId);
  const server = await taocunServer(bench, env);
  let steady: Sustained;
  let sale: SellOut;
  try {
    steady = await sustained(target(server, endless.dealId), bench.sustainedBuyers, bench.connections, bench.seconds);
    sale = await sellOut(target(server, scarce.dealId), bench.sellOutBuyers, bench.sellOutUnits, bench.connections);
  } finally {
    await server.stop();
  }
  return {
    sustainedRuns: [{ sustained: steady, checks: await checkDeal(bench.db, endless, steady.acknowledged) }],
    sellOut: sale,
    sellOutChecks: await checkDeal(bench.db, scarce, sale.acknowledged),
  };
}

/** taocun's server on one engine again, for the sustained run alone, on a deal of its own. */
export async function measureSustained(bench: Bench, env: Record<string, string>): Promise<SustainedRun> {
  const endless = await endlessDeal(bench, env);
  const server = await taocunServer(bench, env);
  let steady: Sustained;
  try {
    steady = await sustained(target(server, endless.dealId), bench.sustainedBuyers, bench.connections, bench.seconds);
  } finally {
    await server.stop();
  }
  return { sustained: steady, checks: await checkDeal(bench.db, endless, steady.acknowledged) };
}

async function endlessDeal(bench: Bench, env: Record<string, string>) {
  const deal = { hubId: bench.sale.hubId, dealId: await bench.sale.launch(ENDLESS), ...ENDLESS };
  if (env.LIVE_ENGINE === "redis") bench.redisDeals.push(deal.dealId);
  return deal;
}

const taocunServer = (bench: Bench, env: Record<string, string>) =>
  startServer(
    { ...env, DATABASE_URL: bench.databaseUrl, DATABASE_POOL_SIZE: String(bench.poolSize) },
    { nodeFlags: bench.nodeFlags },
  );

/** The naive route on the same database: a stock row decremented and a claim inserted, one transaction a buy. */
export async function measureBaseline(bench: Bench): Promise<{ sustained: Sustained; checks: DealChecks }> {
  const deal = { hubId: bench.sale.hubId, dealId: await bench.sale.launch(ENDLESS), ...ENDLESS };
  await bench.db.execute(
    sql`create table if not exists baseline_stock (deal_id uuid primary key, qty integer not null)`,
  );
  await bench.db.execute(sql`insert into baseline_stock values (${deal.dealId}, ${deal.quantity})`);
  const steady = await onYardstick(bench, "baseline", deal.dealId);
  return { sustained: steady, checks: await checkDeal(bench.db, deal, steady.acknowledged) };
}

/** A route that only counts in memory: the most this machine and Fastify answer. */
export async function measureCeiling(bench: Bench): Promise<Sustained> {
  return onYardstick(bench, "ceiling", randomUUID());
}

async function onYardstick(bench: Bench, mode: string, dealId: string): Promise<Sustained> {
  const env = { MODE: mode, DATABASE_URL: bench.databaseUrl, DATABASE_POOL_SIZE: String(bench.poolSize) };
  const server = await startServer(env, { command: YARDSTICK });
  try {
    return await sustained(target(server, dealId), bench.sustainedBuyers, bench.connections, bench.seconds);
  } finally {
    await server.stop();
  }
}

const target = (server: ServerProcess, dealId: string): Target => ({
  origin: server.origin,
  port: server.port,
  dealId,
});
