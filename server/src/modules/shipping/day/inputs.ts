import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { AllocationParcel, ShopPreferences } from "../allocation/types.js";

/** The day's parcels still with the hub: those an allocation places (the day is refused once one has left). */
export async function parcelsToAllocate(db: Db, hubId: string, date: string): Promise<AllocationParcel[]> {
  const rows = await queryRows<{
    id: string;
    shop_id: string;
    weight_grams: number;
    province_code: string;
    city_code: string;
  }>(
    db,
    sql`select id, shop_id, weight_grams, province_code, city_code from parcels
        where hub_id = ${hubId} and business_date = ${date} and status in ('awaiting_carrier', 'allocated')
        order by id`,
  );
  return rows.map((row) => ({
    id: row.id,
    shopId: row.shop_id,
    weightGrams: row.weight_grams,
    provinceCode: row.province_code,
    cityCode: row.city_code,
  }));
}

export async function preferencesOf(db: Db, hubId: string): Promise<ShopPreferences> {
  const rows = await queryRows<{ shop_id: string; carriers: string[] }>(
    db,
    sql`select shop_id, carriers from carrier_preferences where hub_id = ${hubId}`,
  );
  return Object.fromEntries(rows.map((row) => [row.shop_id, row.carriers]));
}

/** Whether any waybill of the day is printed or on its way: the day's carriers are then settled. */
export async function dayIsSettled(db: Db, hubId: string, date: string): Promise<boolean> {
  const [row] = await queryRows<{ settled: boolean }>(
    db,
    sql`select exists (select 1 from waybills where hub_id = ${hubId} and business_date = ${date}
          and (printed_at is not null or collected_at is not null or status <> 'pending')) as settled`,
  );
  return row?.settled === true;
}
