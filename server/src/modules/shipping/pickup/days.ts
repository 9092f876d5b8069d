import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { NotFoundError } from "../../../http/errors.js";
import type { Language } from "../../../http/language.js";
import { getHub } from "../../accounts/hubs.js";
import type { OrgScope } from "../../accounts/index.js";
import { carrierByCode } from "../carriers.js";
import type { ManifestDocument } from "../documents/types.js";

export type Pickup = { carrier: string; parcels: number; collected: number };

/** What a station picks up on a day: per carrier it collects for, the parcels and how many are scanned. */
export async function pickupsOf(db: Db, station: OrgScope, date: string): Promise<Pickup[]> {
  return queryRows<Pickup>(
    db,
    sql`select c.carrier_code as carrier, count(w.parcel_id)::int as parcels,
          (count(w.parcel_id) filter (where w.status <> 'pending'))::int as collected
        from carrier_contracts c
        left join waybills w on w.hub_id = c.hub_id and w.carrier_code = c.carrier_code and w.business_date = ${date}
        where c.hub_id = ${station.hubId} and c.station_id = ${station.orgId}
        group by c.carrier_code order by c.carrier_code`,
  );
}

/** The pickup manifest of one carrier and day, for the station that collects for it. */
export async function manifestOf(
  db: Db,
  station: OrgScope,
  carrier: string,
  date: string,
  language: Language,
): Promise<ManifestDocument> {
  const collects = await queryRows<{ carrier_code: string }>(
    db,
    sql`select carrier_code from carrier_contracts
        where hub_id = ${station.hubId} and carrier_code = ${carrier} and station_id = ${station.orgId}`,
  );
  if (collects.length === 0) throw new NotFoundError("contract");
  const hub = await getHub(db, station.hubId);
  const parcels = await queryRows<ManifestRow>(
    db,
    sql`select w.tracking_number, s.name as sender, o.province, o.city, p.weight_grams, w.collected_at
        from waybills w
        join parcels p on p.hub_id = w.hub_id and p.id = w.parcel_id
        join orders o on o.hub_id = p.hub_id and o.id = p.order_id
        join organisations s on s.hub_id = p.hub_id and s.id = p.sender_id
        where w.hub_id = ${station.hubId} and w.carrier_code = ${carrier} and w.business_date = ${date}
        order by w.tracking_number`,
  );
  const known = carrierByCode(carrier);
  return {
    hub: { name: language === "en" ? hub.nameEn : hub.name },
    carrier: { code: carrier, name: known ? (language === "en" ? known.en : known.zh) : carrier },
    station: station.name,
    date,
    printedAt: new Date().toISOString(),
    timeZone: hub.timeZone,
    parcels: parcels.map((row) => ({
      trackingNumber: row.tracking_number,
      sender: row.sender,
      province: row.province,
      city: row.city,
      weightGrams: row.weight_grams,
      collectedAt: row.collected_at ? new Date(row.collected_at).toISOString() : null,
    })),
  };
}

type ManifestRow = {
  tracking_number: string;
  sender: string;
  province: string;
  city: string;
  weight_grams: number;
  collected_at: string | Date | null;
};
