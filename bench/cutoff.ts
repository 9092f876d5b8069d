/**
 * The daily cut-off at village scale: 2,000 shops, 30 suppliers, 10,000 orders (~15,000
 * lines) recorded through recordOrders, then taocun's runCutoff for the hub against an
 * order-by-order baseline (one transaction per order, as a naive loop would) on an identical
 * copy of the database; and the import of a 10,000-order Taobao export (GBK order report +
 * item report) through ingestOrderFiles and recordOrders.
 *
 *   npm run bench -- cutoff                   full scale, about 2 minutes on 2 cores
 *   BENCH_SCALE=0.1 npm run bench -- cutoff   a tenth, for a quick look
 *   BENCH_DATABASE_URL=postgres://…@127.0.0.1:5432/postgres   the server (127.0.0.1 only)
 *
 * Two fresh databases taocun_bench_<random> (the second a template copy of the first) are
 * created and dropped again, whatever happens.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Db, openDatabase, queryRows } from "../server/src/db/connection.js";
import { migrate } from "../server/src/db/migrate.js";
import { connectModules } from "../server/src/modules/connect.js";
import { runCutoff } from "../server/src/modules/orders/cutoff/run.js";
import { ingestOrderFiles } from "../server/src/modules/orders/ingest/index.js";
import { recordOrders } from "../server/src/modules/orders/record/record.js";
import { naiveCutoff } from "./cutoff/baseline.js";
import { writeTaobaoExport } from "./cutoff/taobao.js";
import { generateVillage, planOrders, random, recordVillageOrders, type Village } from "./cutoff/village.js";
import { admin, createBenchDatabase, localAdminUrl, serverSettings, withDatabase } from "./lib/database.js";
import { round, table, timed, writeResult } from "./lib/results.js";

const SCALE = Number(process.env.BENCH_SCALE ?? "1");
const SHOPS = Math.round(2000 * SCALE);
const SUPPLIERS = 30;
const PRODUCTS_PER_SUPPLIER = 20;
const ORDERS = Math.round(10_000 * SCALE);
const IMPORT_ORDERS = Math.round(10_000 * SCALE);
// The benchmark stops by itself, whatever happens: past this it drops its databases and exits.
const TIME_LIMIT_MS = 15 * 60 * 1000;

const log = (line: string) => console.log(line);

type Databases = { url: string; name: string; drop(): Promise<void> }[];

async function main(): Promise<void> {
  const loadAtStart = os.loadavg().map((load) => load.toFixed(2));
  if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`BENCH_SCALE must be in (0, 1], not ${process.env.BENCH_SCALE}`);
  const adminUrl = localAdminUrl();
  const databases: Databases = [];
  const dropAll = () => Promise.allSettled(databases.map((database) => database.drop()));
  const watchdog = setTimeout(() => {
    console.error(`cutoff: still running after ${TIME_LIMIT_MS / 60_000} minutes; stopping`);
    dropAll().finally(() => process.exit(2));
  }, TIME_LIMIT_MS);
  const interrupted = () => {
    dropAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  connectModules();

  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    measured = await measure(adminUrl, databases);
  } finally {
    await dropAll();
    clearTimeout(watchdog);
  }

  const { village, recorded, taocun, baseline, same, imported, checks, server, timings } = measured;
  const figures = {
    cutoffSeconds: round(taocun.ms / 1000, 3),
    cutoffLines: taocun.counts.lines,
    cutoffPurchaseOrders: taocun.counts.purchaseOrders,
    cutoffParcels: taocun.counts.parcels,
    cutoffAmountFen: taocun.summary.amountFen,
    importSeconds: round(imported.ms / 1000, 2),
    importIngestSeconds: round(imported.ingestMs / 1000, 2),
    importRecordSeconds: round(imported.recordMs / 1000, 2),
    importOrdersPerSec: round(imported.orders / (imported.ms / 1000), 0),
    importLinesReserved: imported.reserved,
    importLinesBackordered: imported.backordered,
    reimportSeconds: round(imported.againMs / 1000, 2),
    recordVillageSeconds: round(recorded.ms / 1000, 1),
    generateSeconds: round(timings.generateMs / 1000, 1),
  };
  const baselineFigures = {
    cutoffSeconds: round(baseline.ms / 1000, 3),
    cutoffMsPerOrder: round(baseline.ms / baseline.orders, 2),
    cutoffOrders: baseline.orders,
    cutoffPurchaseOrders: baseline.summary.purchaseOrders,
    cutoffPurchaseOrderLines: baseline.summary.purchaseOrderLines,
    cutoffParcels: baseline.summary.parcels,
    cutoffAmountFen: baseline.summary.amountFen,
  };
  const ratio = { cutoff: round(baseline.ms / taocun.ms, 1) };
  const notes = [
    `Load average (1, 5, 15 min) at the start ${loadAtStart.join(", ")}, at the end ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(", ")} on ${os.cpus().length} CPUs: other work on the machine shows in the times.`,
    "cutoffSeconds: one runCutoff call for the hub (today), from the call to its commit. The baseline does the same cut-off order by order, one transaction each, on a template copy of the same database; checks.sameAsBaseline* compare their purchase orders, lines, parcels and amounts.",
    "importSeconds: a 10,000-order Taobao export (order report + item report, GBK) read by ingestOrderFiles and brought in by one recordOrders call (resolve codes, save, reserve) for one shop, end to end; reimportSeconds: the same files again, every order found already there.",
    "recordVillageSeconds: the village's orders recorded through recordOrders, one call per shop (2,000 calls), before the cut-off.",
    `Goals (issue 4): cut-off ≤ 2 s ${figures.cutoffSeconds <= 2 ? "met" : "MISSED"}, ≥ 10× the baseline ${
      ratio.cutoff >= 10 ? "met" : "MISSED"
    }, import ≤ 10 s ${figures.importSeconds <= 10 ? "met" : "MISSED"}${SCALE === 1 ? "" : " (at a reduced scale: not the goals' scale)"}.`,
  ];
  const file = writeResult({
    name: "cutoff",
    scale: {
      benchScale: SCALE,
      orders: recorded.orders,
      lines: recorded.lines,
      linesReserved: recorded.reserved,
      linesBackordered: recorded.backordered,
      shops: village.shops.length,
      suppliers: SUPPLIERS,
      products: village.products,
      skus: village.skus,
      picks: village.picks,
      importOrders: imported.orders,
      importItemRows: imported.itemRows,
    },
    server,
    figures,
    baseline: baselineFigures,
    ratio,
    checks: { ...checks, ...same },
    notes,
  });

  log("");
  log(
    table([
      ["cut-off", "seconds", "POs", "PO lines", "parcels", "amount ¥"],
      [
        "taocun: runCutoff (one call)",
        figures.cutoffSeconds,
        taocun.summary.purchaseOrders,
        taocun.summary.purchaseOrderLines,
        taocun.summary.parcels,
        round(taocun.summary.amountFen / 100, 2),
      ],
      [
        "baseline: order by order",
        baselineFigures.cutoffSeconds,
        baseline.summary.purchaseOrders,
        baseline.summary.purchaseOrderLines,
        baseline.summary.parcels,
        round(baseline.summary.amountFen / 100, 2),
      ],
    ]),
  );
  log(`ratio (baseline ÷ taocun): ${ratio.cutoff}×   goal: ≤ 2 s and ≥ 10×`);
  log(
    table([
      ["Taobao import", "seconds"],
      [`ingest + record, ${imported.orders} orders (goal ≤ 10 s)`, figures.importSeconds],
      ["  of which ingestOrderFiles", figures.importIngestSeconds],
      ["  of which recordOrders", figures.importRecordSeconds],
      ["the same files again", figures.reimportSeconds],
    ]),
  );
  log(`checks: ${JSON.stringify({ ...checks, ...same })}`);
  log(`wrote ${file}`);
}

async function measure(adminUrl: string, databases: Databases) {
  const first = await createBenchDatabase(adminUrl);
  databases.push(first);
  log(`cutoff: database ${first.name}, scale ${SCALE} (${SHOPS} shops, ${ORDERS} orders)`);

  // The village and its day of orders, in the first database.
  let database = await openDatabase({ databaseUrl: first.url, poolSize: 4 });
  let village: Village;
  let recorded: { ms: number; orders: number; lines: number; reserved: number; backordered: number };
  const timings = { generateMs: 0 };
  let server: Record<string, string>;
  try {
    await migrate(database);
    log("generating the village (set-based SQL)");
    const generated = await timed(() =>
      generateVillage(first.url, database.db, {
        shops: SHOPS,
        suppliers: SUPPLIERS,
        productsPerSupplier: PRODUCTS_PER_SUPPLIER,
      }),
    );
    village = generated.result;
    timings.generateMs = generated.ms;
    log(
      `  ${village.shops.length} shops, ${village.skus} SKUs, ${village.picks} picks in ${round(generated.ms / 1000)} s`,
    );
    log(`recording ${ORDERS} orders through recordOrders, one call per shop`);
    const done = await timed(() => recordVillageOrders(database.db, village, ORDERS));
    recorded = { ms: done.ms, ...done.result };
    log(
      `  ${recorded.orders} orders, ${recorded.lines} lines (${recorded.backordered} backordered) in ${round(done.ms / 1000)} s`,
    );
    await database.db.execute(sql`vacuum analyze`);
    server = await serverSettings(database.db, [
      "server_version",
      "shared_buffers",
      "work_mem",
      "synchronous_commit",
      "fsync",
      "wal_sync_method",
    ]);
  } finally {
    await database.close();
  }

  // An identical copy for the baseline.
  const copyName = `${first.name}_copy`;
  await admin(adminUrl, `create database ${copyName} template ${first.name}`);
  const copy = {
    url: withDatabase(adminUrl, copyName),
    name: copyName,
    drop: () => admin(adminUrl, `drop database if exists ${copyName} with (force)`),
  };
  databases.push(copy);

  database = await openDatabase({ databaseUrl: first.url, poolSize: 4 });
  try {
    log("taocun: runCutoff");
    const cut = await timed(() => runCutoff(database.db, village.hubId));
    const date = cut.result.businessDate;
    log(`  ${round(cut.ms / 1000, 3)} s: ${JSON.stringify(cut.result.counts)}`);
    const taocunSummary = await summarise(database.db, village.hubId, date);
    const again = await runCutoff(database.db, village.hubId);

    log("baseline: the same cut-off order by order, on the copy");
    const copyDatabase = await openDatabase({ databaseUrl: copy.url, poolSize: 2 });
    let baseline: { ms: number; orders: number; summary: Summary };
    let copyChecks: Awaited<ReturnType<typeof stockChecks>>;
    try {
      const naive = await timed(() => naiveCutoff(copy.url, village.hubId, date));
      baseline = {
        ms: naive.ms,
        orders: naive.result.orders,
        summary: await summarise(copyDatabase.db, village.hubId, date),
      };
      copyChecks = await stockChecks(copyDatabase.db, village.hubId);
      log(`  ${round(naive.ms / 1000, 1)} s for ${naive.result.orders} orders`);
    } finally {
      await copyDatabase.close();
    }

    log(`import: a ${IMPORT_ORDERS}-order Taobao export (GBK) through ingestOrderFiles and recordOrders`);
    const imported = await measureImport(database.db, village);
    log(
      `  ${round(imported.ms / 1000, 2)} s (ingest ${round(imported.ingestMs / 1000, 2)} s), again ${round(imported.againMs / 1000, 2)} s`,
    );

    const taocunChecks = await stockChecks(database.db, village.hubId);
    const same = {
      sameAsBaselinePurchaseOrders: taocunSummary.purchaseOrders === baseline.summary.purchaseOrders,
      sameAsBaselinePurchaseOrderLines: taocunSummary.purchaseOrderLines === baseline.summary.purchaseOrderLines,
      sameAsBaselineParcels: taocunSummary.parcels === baseline.summary.parcels,
      sameAsBaselineAmount: taocunSummary.amountFen === baseline.summary.amountFen,
      sameAsBaselinePurchaseOrderTotals: taocunSummary.poFingerprint === baseline.summary.poFingerprint,
      sameAsBaselineLinePrices: taocunSummary.lineFingerprint === baseline.summary.lineFingerprint,
      sameAsBaselineParcelWeights: taocunSummary.parcelFingerprint === baseline.summary.parcelFingerprint,
    };
    const checks = {
      negativeStock: taocunChecks.negativeStock + copyChecks.negativeStock,
      reservedNotHeldByLines: taocunChecks.reservedNotHeld + copyChecks.reservedNotHeld,
      reservedLinesLeftAfterCutoff: taocunSummary.reservedLeft,
      reservedLinesLeftAfterBaseline: baseline.summary.reservedLeft,
      cutoffLinesMatchRecorded: cut.result.counts.lines === recorded.reserved,
      secondCutoffChangedNothing:
        !again.ran &&
        again.counts.lines === cut.result.counts.lines &&
        again.counts.purchaseOrders === cut.result.counts.purchaseOrders &&
        again.counts.parcels === cut.result.counts.parcels,
      importProblems: imported.problems,
      importOrdersCreated: imported.orders,
      reimportOrdersCreated: imported.againCreated,
    };
    return {
      village,
      recorded,
      taocun: { ms: cut.ms, counts: cut.result.counts, summary: taocunSummary },
      baseline,
      same,
      imported,
      checks,
      server,
      timings,
    };
  } finally {
    await database.close();
  }
}

async function measureImport(db: Db, village: Village) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-bench-cutoff-"));
  try {
    const planned = planOrders(random(4_040), village.importShop.codes, IMPORT_ORDERS, 4_012_345_600_000_000_000n);
    const files = writeTaobaoExport(directory, planned);
    const upload = [
      { path: files.orders, name: path.basename(files.orders) },
      { path: files.items, name: path.basename(files.items) },
    ];
    const shop = { hubId: village.hubId, orgId: village.importShop.id };
    const bringIn = async () => {
      const start = performance.now();
      const ingested = await ingestOrderFiles(upload, { platform: "taobao" });
      const ingestMs = performance.now() - start;
      const recorded = await recordOrders(db, shop, ingested.orders);
      return { ingested, recorded, ingestMs, ms: performance.now() - start };
    };
    const first = await bringIn();
    const again = await bringIn();
    const created = first.recorded.created;
    return {
      ms: first.ms,
      ingestMs: first.ingestMs,
      recordMs: first.ms - first.ingestMs,
      orders: created.length,
      itemRows: files.itemRows,
      reserved: created.reduce((sum, order) => sum + order.reserved, 0),
      backordered: created.reduce((sum, order) => sum + order.backordered, 0),
      problems: first.ingested.problems.length + first.recorded.problems.length + first.ingested.skipped.length,
      againMs: again.ms,
      againCreated: again.recorded.created.length,
    };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

type Summary = {
  purchaseOrders: number;
  purchaseOrderLines: number;
  parcels: number;
  amountFen: number;
  reservedLeft: number;
  poFingerprint: string;
  lineFingerprint: string;
  parcelFingerprint: string;
};

/** What a cut-off made for the day, and fingerprints to compare two databases holding the same ids. */
async function summarise(db: Db, hubId: string, date: string): Promise<Summary> {
  const [row] = await queryRows<{
    pos: number;
    lines: number;
    parcels: number;
    amount: string;
    reserved_left: number;
    po_fingerprint: string;
    line_fingerprint: string;
    parcel_fingerprint: string;
  }>(
    db,
    sql`with lines as (
          select po.supplier_id, po.shop_id, po.mode, pl.order_line_id, pl.quantity, pl.unit_cost_fen
          from purchase_orders po join purchase_order_lines pl on pl.hub_id = po.hub_id and pl.purchase_order_id = po.id
          where po.hub_id = ${hubId} and po.business_date = ${date}
        ), totals as (
          select supplier_id, shop_id, mode, sum(quantity::bigint * unit_cost_fen) as total from lines
          group by supplier_id, shop_id, mode
        )
        select
          (select count(*)::int from purchase_orders where hub_id = ${hubId} and business_date = ${date}) as pos,
          (select count(*)::int from lines) as lines,
          (select count(*)::int from parcels where hub_id = ${hubId} and business_date = ${date}) as parcels,
          (select coalesce(sum(quantity::bigint * unit_cost_fen), 0)::text from lines) as amount,
          (select count(*)::int from order_lines where hub_id = ${hubId} and status = 'reserved') as reserved_left,
          (select md5(string_agg(concat_ws(':', supplier_id, shop_id, mode, total), ',' order by supplier_id, shop_id))
           from totals) as po_fingerprint,
          (select md5(string_agg(concat_ws(':', order_line_id, quantity, unit_cost_fen), ',' order by order_line_id))
           from lines) as line_fingerprint,
          (select md5(string_agg(parcel, ',' order by parcel))
           from (select concat_ws(':', order_id, sender_id, weight_grams, province_code, city_code) as parcel
                 from parcels where hub_id = ${hubId} and business_date = ${date}) p) as parcel_fingerprint`,
  );
  if (!row) throw new Error("no summary");
  return {
    purchaseOrders: row.pos,
    purchaseOrderLines: row.lines,
    parcels: row.parcels,
    amountFen: Number(row.amount),
    reservedLeft: row.reserved_left,
    poFingerprint: row.po_fingerprint,
    lineFingerprint: row.line_fingerprint,
    parcelFingerprint: row.parcel_fingerprint,
  };
}

/** SKUs whose stock is wrong, and SKUs whose reservations are not what open lines and purchase orders hold. */
async function stockChecks(db: Db, hubId: string) {
  const [row] = await queryRows<{ negative: number; not_held: number }>(
    db,
    sql`select
          count(*) filter (where s.on_hand < 0 or s.reserved < 0 or s.reserved > s.on_hand)::int as negative,
          count(*) filter (where s.reserved <> coalesce(l.units, 0) + coalesce(p.units, 0))::int as not_held
        from skus s
        left join (select sku_id, sum(quantity) as units from order_lines
                   where hub_id = ${hubId} and status = 'reserved' group by sku_id) l on l.sku_id = s.id
        left join (select pl.sku_id, sum(pl.quantity - pl.short_quantity) as units from purchase_order_lines pl
                   join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
                   where pl.hub_id = ${hubId} and po.status not in ('collected', 'shipped') group by pl.sku_id) p
          on p.sku_id = s.id
        where s.hub_id = ${hubId}`,
  );
  return { negativeStock: row?.negative ?? -1, reservedNotHeld: row?.not_held ?? -1 };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
