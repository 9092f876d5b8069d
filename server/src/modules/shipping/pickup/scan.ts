import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { OrgScope } from "../../accounts/index.js";
import { recordEvents } from "../tracking/record.js";

/**
 * What a station's scan did: `collected` (first scan: the parcel is now the carrier's),
 * `duplicate` (scanned before), `wrong_carrier` (a parcel of this hub another carrier
 * collects) or `unknown` (no such waybill in this hub — another hub's number looks the same).
 */
export type ScanOutcome = "collected" | "duplicate" | "wrong_carrier" | "unknown";

export type ScanResult = {
  outcome: ScanOutcome;
  trackingNumber: string;
  parcel?: { carrier: string; province: string; city: string; weightGrams: number; collectedAt: string | null };
  /** The station's parcels of that carrier and day scanned so far, and how many there are. */
  progress?: { collected: number; total: number };
};

type Found = {
  parcel_id: string;
  carrier_code: string;
  business_date: string;
  station_id: string | null;
  status: string;
  collected_at: string | Date | null;
  province: string;
  city: string;
  weight_grams: number;
};

/** Marks a parcel collected by the station scanning its label (a USB scanner types the number and Enter). */
export async function scanParcel(db: Db, station: OrgScope, scanned: string): Promise<ScanResult> {
  const trackingNumber = scanned.trim().toUpperCase();
  const found = await findWaybill(db, station.hubId, trackingNumber);
  if (!found) return { outcome: "unknown", trackingNumber };
  if (found.station_id !== station.orgId) return { outcome: "wrong_carrier", trackingNumber };
  let outcome: ScanOutcome = "duplicate";
  if (found.status === "pending") {
    const now = new Date().toISOString();
    const event = {
      trackingNumber,
      carrier: found.carrier_code,
      status: "collected" as const,
      carrierStatus: "揽收扫描",
      occurredAt: now,
    };
    await recordEvents(db, station.hubId, [event], "scan", { allOrNothing: true });
    outcome = "collected";
  }
  const after = (await findWaybill(db, station.hubId, trackingNumber)) as Found;
  return {
    outcome,
    trackingNumber,
    parcel: {
      carrier: after.carrier_code,
      province: after.province,
      city: after.city,
      weightGrams: after.weight_grams,
      collectedAt: after.collected_at ? new Date(after.collected_at).toISOString() : null,
    },
    progress: await progressOf(db, station.hubId, after.carrier_code, after.business_date),
  };
}

async function findWaybill(db: Db, hubId: string, trackingNumber: string): Promise<Found | undefined> {
  const [row] = await queryRows<Found>(
    db,
    sql`select w.parcel_id, w.carrier_code, w.business_date::text as business_date, c.station_id, w.status, w.collected_at,
          o.province, o.city, p.weight_grams
        from waybills w
        join parcels p on p.hub_id = w.hub_id and p.id = w.parcel_id
        join orders o on o.hub_id = p.hub_id and o.id = p.order_id
        left join carrier_contracts c on c.hub_id = w.hub_id and c.carrier_code = w.carrier_code
        where w.hub_id = ${hubId} and w.tracking_number = ${trackingNumber}`,
  );
  return row;
}

async function progressOf(db: Db, hubId: string, carrier: string, date: string) {
  const [row] = await queryRows<{ collected: number; total: number }>(
    db,
    sql`select count(*) filter (where status <> 'pending')::int as collected, count(*)::int as total
        from waybills where hub_id = ${hubId} and carrier_code = ${carrier} and business_date = ${date}`,
  );
  return row ?? { collected: 0, total: 0 };
}
