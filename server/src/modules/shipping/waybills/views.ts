import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { Language } from "../../../http/language.js";
import type { OrgScope } from "../../accounts/index.js";
import { maskPhone } from "../../orders/address/phone.js";
import { carrierByCode } from "../carriers.js";
import type { WaybillLabel } from "../documents/types.js";
import type { TrackingStatus } from "../tracking/statuses.js";

export type ParcelWaybill = {
  parcelId: string;
  orderNumber: string;
  buyerName: string;
  province: string;
  city: string;
  weightGrams: number;
  carrier: string | null;
  trackingNumber: string | null;
  priceFen: number | null;
  /** The parcel's own status until it has a waybill, then the waybill's tracking status. */
  status: "awaiting_carrier" | "allocated" | TrackingStatus;
  printedAt: string | null;
};

/** The day's parcels an organisation sends or sells, with their waybills: a shop's or a supplier's view. */
export async function listWaybills(db: Db, scope: OrgScope, date: string): Promise<ParcelWaybill[]> {
  const rows = await queryRows<WaybillRow>(
    db,
    sql`select p.id, o.platform_order_number, o.buyer_name, o.province, o.city, p.weight_grams, p.status as parcel_status,
          w.carrier_code, w.tracking_number, w.price_fen, w.status, w.printed_at
        from parcels p
        join orders o on o.hub_id = p.hub_id and o.id = p.order_id
        left join waybills w on w.hub_id = p.hub_id and w.parcel_id = p.id
        where p.hub_id = ${scope.hubId} and p.business_date = ${date}
          and (p.shop_id = ${scope.orgId} or p.sender_id = ${scope.orgId})
        order by w.carrier_code nulls last, w.tracking_number, o.platform_order_number, p.id`,
  );
  return rows.map((row) => ({
    parcelId: row.id,
    orderNumber: row.platform_order_number,
    buyerName: row.buyer_name,
    province: row.province,
    city: row.city,
    weightGrams: row.weight_grams,
    carrier: row.carrier_code,
    trackingNumber: row.tracking_number,
    priceFen: row.price_fen,
    status: row.status ?? row.parcel_status,
    printedAt: row.printed_at ? new Date(row.printed_at).toISOString() : null,
  }));
}

type WaybillRow = {
  id: string;
  platform_order_number: string;
  buyer_name: string;
  province: string;
  city: string;
  weight_grams: number;
  parcel_status: "awaiting_carrier" | "allocated";
  carrier_code: string | null;
  tracking_number: string | null;
  price_fen: number | null;
  status: TrackingStatus | null;
  printed_at: string | Date | null;
};

/**
 * Prints the day's waybills an organisation sends or sells: marks each printed the first time
 * and hands the labels, in carrier and number order (how stations stack them), to `render`,
 * all in one transaction, so a label that failed to render is not marked printed.
 */
export async function printLabels<T>(
  db: Db,
  scope: OrgScope,
  date: string,
  language: Language,
  render: (labels: WaybillLabel[]) => Promise<T>,
): Promise<T> {
  return db.transaction(async (txn) => {
    const labels = await markPrinted(txn as unknown as Db, scope, date, language);
    return render(labels);
  });
}

async function markPrinted(db: Db, scope: OrgScope, date: string, language: Language): Promise<WaybillLabel[]> {
  const rows = await queryRows<LabelRow>(
    db,
    sql`update waybills w set printed_at = coalesce(w.printed_at, now())
        from parcels p
        join orders o on o.hub_id = p.hub_id and o.id = p.order_id
        join organisations s on s.hub_id = p.hub_id and s.id = p.sender_id
        where w.hub_id = p.hub_id and w.parcel_id = p.id and p.hub_id = ${scope.hubId} and p.business_date = ${date}
          and (p.shop_id = ${scope.orgId} or p.sender_id = ${scope.orgId})
        returning w.tracking_number, w.carrier_code, p.weight_grams, p.business_date::text as date,
          o.platform_order_number, o.buyer_name, o.buyer_phone, o.province, o.city,
          concat_ws('', o.province, o.city, o.district, o.address_detail) as address,
          s.name as sender_name, coalesce(s.contact_phone, '') as sender_phone, coalesce(s.address, '') as sender_address,
          (select string_agg(l.title || ' ×' || l.quantity, '；' order by l.position)
             from purchase_order_lines pl join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
             where pl.hub_id = p.hub_id and pl.purchase_order_id = p.purchase_order_id and l.order_id = p.order_id) as items`,
  );
  rows.sort(
    (a, b) => a.carrier_code.localeCompare(b.carrier_code) || a.tracking_number.localeCompare(b.tracking_number),
  );
  return rows.map((row) => labelOf(row, language));
}

type LabelRow = {
  tracking_number: string;
  carrier_code: string;
  weight_grams: number;
  date: string;
  platform_order_number: string;
  buyer_name: string;
  buyer_phone: string;
  province: string;
  city: string;
  address: string;
  sender_name: string;
  sender_phone: string;
  sender_address: string;
  items: string | null;
};

function labelOf(row: LabelRow, language: Language): WaybillLabel {
  const carrier = carrierByCode(row.carrier_code);
  return {
    trackingNumber: row.tracking_number,
    carrier: {
      code: row.carrier_code,
      name: carrier ? (language === "en" ? carrier.en : carrier.zh) : row.carrier_code,
    },
    destination: { province: row.province, city: row.city },
    recipient: { name: row.buyer_name, phone: maskPhone(row.buyer_phone), address: row.address },
    sender: { name: row.sender_name, phone: row.sender_phone, address: row.sender_address },
    items: row.items ?? "",
    weightGrams: row.weight_grams,
    date: row.date,
    orderNumber: row.platform_order_number,
  };
}
