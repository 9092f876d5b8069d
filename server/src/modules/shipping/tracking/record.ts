import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { TrackingStatus } from "./statuses.js";

export type TrackingEvent = {
  trackingNumber: string;
  /** Given when the source knows it (a carrier's webhook); a number is then looked up with it. */
  carrier?: string;
  status: TrackingStatus;
  carrierStatus: string;
  /** ISO 8601 with offset. */
  occurredAt: string;
  location?: string;
  /** The file row it came from, for pointing at it when refused. */
  row?: number;
};

export type Recorded = { recorded: number; repeated: number; unknown: string[] };

/**
 * Records events of a hub's waybills in one transaction. An event already recorded (same
 * parcel, status and time) is counted as repeated, not stored twice; a number the hub does not
 * have is returned as unknown, and the caller decides whether that voids the whole batch.
 * Each waybill then takes the status of its latest event, and its parcel follows.
 */
export async function recordEvents(
  db: Db,
  hubId: string,
  events: readonly TrackingEvent[],
  source: "scan" | "csv" | "webhook",
  options: { allOrNothing: boolean },
): Promise<Recorded> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const known = await parcelsOf(tx, hubId, events);
    const unknown = [...new Set(events.filter((e) => !known.has(key(e))).map((e) => e.trackingNumber))];
    if (unknown.length > 0 && options.allOrNothing) return { recorded: 0, repeated: 0, unknown };
    const rows = events.flatMap((e) => {
      const parcelId = known.get(key(e));
      return parcelId ? [{ ...eventRow(e), parcel_id: parcelId }] : [];
    });
    const inserted = await queryRows<{ parcel_id: string }>(
      tx,
      sql`insert into tracking_events (hub_id, parcel_id, status, carrier_status, occurred_at, location, source)
          select ${hubId}, e.parcel_id, e.status::tracking_status, e.carrier_status, e.occurred_at, e.location, ${source}::tracking_source
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as e(parcel_id uuid, status text, carrier_status text, occurred_at timestamptz, location text)
          on conflict do nothing returning parcel_id`,
    );
    await followLatest(tx, hubId, [...new Set(rows.map((r) => r.parcel_id))]);
    return { recorded: inserted.length, repeated: rows.length - inserted.length, unknown };
  });
}

const key = (e: { trackingNumber: string; carrier?: string }) => `${e.carrier ?? ""}|${e.trackingNumber}`;

const eventRow = (e: TrackingEvent) => ({
  status: e.status,
  carrier_status: e.carrierStatus,
  occurred_at: e.occurredAt,
  location: e.location ?? "",
});

/** The hub's parcels by the events' numbers (and carriers, when given). */
async function parcelsOf(tx: Db, hubId: string, events: readonly TrackingEvent[]): Promise<Map<string, string>> {
  const numbers = [...new Set(events.map((e) => e.trackingNumber))];
  const rows = await queryRows<{ parcel_id: string; carrier_code: string; tracking_number: string }>(
    tx,
    // Locked, in one order, so two batches about one parcel (a scan and a webhook) take turns
    // and the second sees the first's event when it picks the latest.
    sql`select parcel_id, carrier_code, tracking_number from waybills
        where hub_id = ${hubId} and tracking_number in (select jsonb_array_elements_text(${JSON.stringify(numbers)}::jsonb))
        order by parcel_id for update`,
  );
  const found = new Map<string, string>();
  for (const row of rows) {
    found.set(`|${row.tracking_number}`, row.parcel_id);
    found.set(`${row.carrier_code}|${row.tracking_number}`, row.parcel_id);
  }
  return found;
}

/** Each waybill takes the status of its latest event (by when it happened, not when it arrived). */
async function followLatest(tx: Db, hubId: string, parcelIds: string[]): Promise<void> {
  if (parcelIds.length === 0) return;
  const ids = JSON.stringify(parcelIds);
  await tx.execute(
    sql`update waybills w set status = latest.status,
          collected_at = coalesce(w.collected_at, latest.first_collected)
        from (select distinct on (parcel_id) parcel_id, status,
                (select min(occurred_at) from tracking_events c where c.hub_id = e.hub_id and c.parcel_id = e.parcel_id
                   and c.status <> 'pending') as first_collected
              from tracking_events e
              where hub_id = ${hubId} and parcel_id in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)
              order by parcel_id, occurred_at desc, created_at desc) latest
        where w.hub_id = ${hubId} and w.parcel_id = latest.parcel_id`,
  );
  await tx.execute(
    sql`update parcels p set status = case
          when w.status = 'delivered' then 'delivered'
          when w.status = 'pending' then 'allocated'
          else 'collected' end::parcel_status
        from waybills w
        where w.hub_id = p.hub_id and w.parcel_id = p.id and p.hub_id = ${hubId}
          and p.id in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)`,
  );
}
