import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError } from "../../../http/errors.js";
import { allocateParcels } from "../allocation/allocate.js";
import type { AllocatedParcel, AllocationInput, AllocationOptions, AllocationResult } from "../allocation/types.js";
import { cardsOf } from "../contracts/store.js";
import { localWaybillNumbers, type WaybillNumbers } from "../waybills/numbers.js";
import { dayIsSettled, parcelsToAllocate, preferencesOf } from "./inputs.js";
import { summarise } from "./summary.js";

export type RunOptions = AllocationOptions & {
  numbers?: WaybillNumbers;
  /** Where the solve runs: this thread by default; the server passes `allocateOffThread`. */
  allocate?: (input: AllocationInput, options: AllocationOptions) => Promise<AllocationResult>;
};

/**
 * Claims the day's allocation: refused while another runs (one running row per day, by a
 * unique index, so two servers cannot both start) or once a label is printed or collected.
 */
export async function claimAllocation(db: Db, hubId: string, date: string): Promise<string> {
  if ((await cardsOf(db, hubId)).length === 0) throw new ConflictError("allocation_no_contracts");
  if (await dayIsSettled(db, hubId, date)) throw new ConflictError("allocation_locked", { date }, "date");
  // A run left "running" by a server that stopped mid-solve would block the day for ever; a
  // run takes seconds (a 5 s solve, a worker's start, the writes), so one ten minutes old is over.
  await db.execute(
    sql`update allocation_runs set status = 'failed', finished_at = now(), error = 'interrupted'
        where hub_id = ${hubId} and business_date = ${date} and status = 'running'
          and started_at < now() - interval '10 minutes'`,
  );
  const [run] = await queryRows<{ id: string }>(
    db,
    sql`insert into allocation_runs (hub_id, business_date) values (${hubId}, ${date})
        on conflict do nothing returning id`,
  );
  if (!run) throw new ConflictError("allocation_running", { date }, "date");
  return run.id;
}

/**
 * Allocates a claimed day: the day's parcels go to carriers at the least total cost, each gets
 * a tracking number (replacing the day's earlier waybills, refused if one of them is settled),
 * and the run keeps the result. A failure marks the run failed and changes no parcel.
 */
export async function completeAllocation(
  db: Db,
  hubId: string,
  runId: string,
  date: string,
  options: RunOptions = {},
): Promise<void> {
  try {
    const parcels = await parcelsToAllocate(db, hubId, date);
    const input = { parcels, cards: await cardsOf(db, hubId), preferences: await preferencesOf(db, hubId) };
    const { numbers, allocate = allocateParcels, ...allocation } = options;
    const result = await allocate(input, allocation);
    await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      // A run given up as interrupted must not overwrite the day another run has since made.
      const [own] = await queryRows<{ id: string }>(
        tx,
        sql`update allocation_runs set status = 'done', finished_at = now(), summary = ${JSON.stringify(summarise(result))}::jsonb
            where hub_id = ${hubId} and id = ${runId} and status = 'running' returning id`,
      );
      if (!own) throw new ConflictError("allocation_running", { date });
      await writeWaybills(tx, hubId, runId, date, result, numbers ?? localWaybillNumbers);
    });
  } catch (error) {
    await db.execute(
      sql`update allocation_runs set status = 'failed', finished_at = now(), error = ${firstLine(error)}
          where hub_id = ${hubId} and id = ${runId} and status = 'running'`,
    );
    throw error;
  }
}

/** Claims and completes in one call: the CLI, the demo and tests wait for the result. */
export async function runAllocation(db: Db, hubId: string, date: string, options: RunOptions = {}): Promise<string> {
  const runId = await claimAllocation(db, hubId, date);
  await completeAllocation(db, hubId, runId, date, options);
  return runId;
}

async function writeWaybills(
  tx: Db,
  hubId: string,
  runId: string,
  date: string,
  result: AllocationResult,
  numbers: WaybillNumbers,
): Promise<void> {
  // The check and the delete are one statement: a label printed or a parcel scanned a moment
  // ago is seen here (its row is locked or already changed), and the whole run rolls back.
  const replaced = await queryRows<{ settled: boolean }>(
    tx,
    sql`delete from waybills where hub_id = ${hubId} and business_date = ${date}
        returning (printed_at is not null or collected_at is not null or status <> 'pending') as settled`,
  );
  if (replaced.some((row) => row.settled)) throw new ConflictError("allocation_locked", { date });
  const byCarrier = new Map<string, AllocatedParcel[]>();
  for (const parcel of result.parcels) {
    const placed = byCarrier.get(parcel.carrier) ?? [];
    placed.push(parcel);
    byCarrier.set(parcel.carrier, placed);
  }
  const rows = [];
  for (const [carrier, placed] of byCarrier) {
    const issued = await numbers.issue(tx, carrier, placed.length);
    rows.push(...placed.map((parcel, i) => ({ ...parcel, trackingNumber: issued[i] as string })));
  }
  await tx.execute(
    sql`insert into waybills (hub_id, parcel_id, business_date, carrier_code, tracking_number, allocation_id, list_fen, discount_fen, price_fen)
        select ${hubId}, w.parcel_id, ${date}, w.carrier, w.tracking_number, ${runId}, w.list_fen, w.discount_fen, w.price_fen
        from jsonb_to_recordset(${JSON.stringify(rows.map(waybillRow))}::jsonb)
          as w(parcel_id uuid, carrier text, tracking_number text, list_fen int, discount_fen int, price_fen int)`,
  );
  await tx.execute(
    sql`update parcels p set status = case when w.parcel_id is null then 'awaiting_carrier' else 'allocated' end::parcel_status
        from parcels q left join waybills w on w.hub_id = q.hub_id and w.parcel_id = q.id
        where p.hub_id = q.hub_id and p.id = q.id and q.hub_id = ${hubId} and q.business_date = ${date}
          and q.status in ('awaiting_carrier', 'allocated')`,
  );
}

const waybillRow = (parcel: AllocatedParcel & { trackingNumber: string }) => ({
  parcel_id: parcel.parcelId,
  carrier: parcel.carrier,
  tracking_number: parcel.trackingNumber,
  list_fen: parcel.listFen,
  discount_fen: parcel.discountFen,
  price_fen: parcel.priceFen,
});

/** What an operator reads of a failure: its message, not a worker's stack. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0] as string;
}
