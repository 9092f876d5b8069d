import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import type { ResolvedOrder } from "./drafts.js";
import type { ShopScope } from "./picked-skus.js";
import { reserveLines, type Want } from "./reserve.js";

export type SavedOrders = {
  /** Orders new to taocun, with how many of their lines are covered and backordered. */
  created: { id: string; platformOrderNumber: string; reserved: number; backordered: number }[];
  /** Orders the shop had already brought in (the same platform and number): left as they were. */
  existing: { id: string; platformOrderNumber: string }[];
};

/**
 * Writes orders and their lines in one transaction and reserves stock for them. An order the
 * shop already has (unique platform + number per shop) is not written again, so importing a
 * file twice or retrying a request never duplicates one.
 */
export async function saveOrders(db: Db, shop: ShopScope, drafts: ResolvedOrder[]): Promise<SavedOrders> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const inserted = await insertOrders(tx, shop, drafts);
    const byNumber = new Map(inserted.map((row) => [`${row.platform}:${row.platform_order_number}`, row.id]));
    const fresh = drafts.filter((draft) => byNumber.has(`${draft.platform}:${draft.platformOrderNumber}`));
    const lines = fresh.flatMap((draft) =>
      draft.resolved.map((line, position) => ({
        id: randomUUID(),
        orderId: byNumber.get(`${draft.platform}:${draft.platformOrderNumber}`) as string,
        position,
        line,
      })),
    );
    const wants: Want[] = lines.map(({ id, line }) => ({ lineId: id, skuId: line.sku.skuId, quantity: line.quantity }));
    const reserved = await reserveLines(tx, shop.hubId, wants);
    await insertLines(tx, shop, lines, reserved);
    const existing = await existingOrders(tx, shop, drafts, byNumber);
    const counts = new Map<string, { reserved: number; backordered: number }>();
    for (const line of lines) {
      const count = counts.get(line.orderId) ?? { reserved: 0, backordered: 0 };
      if (reserved.has(line.id)) count.reserved += 1;
      else count.backordered += 1;
      counts.set(line.orderId, count);
    }
    const created = fresh.map((draft) => {
      const id = byNumber.get(`${draft.platform}:${draft.platformOrderNumber}`) as string;
      return {
        id,
        platformOrderNumber: draft.platformOrderNumber,
        ...(counts.get(id) ?? { reserved: 0, backordered: 0 }),
      };
    });
    return { created, existing };
  });
}

async function insertOrders(tx: Db, shop: ShopScope, drafts: ResolvedOrder[]) {
  if (drafts.length === 0) return [];
  const rows = drafts.map((draft) => ({
    platform: draft.platform,
    number: draft.platformOrderNumber,
    buyer: draft.buyerName,
    phone: draft.phone,
    province_code: draft.address.provinceCode,
    province: draft.address.province,
    city_code: draft.address.cityCode,
    city: draft.address.city,
    district_code: draft.address.districtCode ?? null,
    district: draft.address.district ?? null,
    detail: draft.address.detail,
    placed_at: draft.placedAt,
    total_fen: draft.totalFen ?? null,
  }));
  return queryRows<{ id: string; platform: string; platform_order_number: string }>(
    tx,
    sql`insert into orders (hub_id, shop_id, platform, platform_order_number, buyer_name, buyer_phone, province_code,
          province, city_code, city, district_code, district, address_detail, placed_at, total_fen)
        select ${shop.hubId}, ${shop.orgId}, r.platform::order_platform, r.number, r.buyer, r.phone, r.province_code,
          r.province, r.city_code, r.city, r.district_code, r.district, r.detail, r.placed_at, r.total_fen
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(platform text, number text, buyer text, phone text,
          province_code text, province text, city_code text, city text, district_code text, district text, detail text,
          placed_at timestamptz, total_fen int)
        on conflict on constraint orders_platform_number_key do nothing
        returning id, platform, platform_order_number`,
  );
}

type NewLine = { id: string; orderId: string; position: number; line: ResolvedOrder["resolved"][number] };

async function insertLines(tx: Db, shop: ShopScope, lines: NewLine[], reserved: Set<string>): Promise<void> {
  if (lines.length === 0) return;
  const rows = lines.map(({ id, orderId, position, line }) => ({
    id,
    order_id: orderId,
    supplier_id: line.sku.supplierId,
    sku_id: line.sku.skuId,
    position,
    title: line.title || line.sku.title,
    quantity: line.quantity,
    unit_price_fen: line.unitPriceFen,
    status: reserved.has(id) ? "reserved" : "backordered",
  }));
  await tx.execute(
    sql`insert into order_lines (hub_id, id, order_id, shop_id, supplier_id, sku_id, position, title, quantity,
          unit_price_fen, status)
        select ${shop.hubId}, r.id, r.order_id, ${shop.orgId}, r.supplier_id, r.sku_id, r.position, r.title, r.quantity,
          r.unit_price_fen, r.status::order_line_status
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, order_id uuid, supplier_id uuid, sku_id uuid,
          position int, title text, quantity int, unit_price_fen int, status text)`,
  );
}

async function existingOrders(tx: Db, shop: ShopScope, drafts: ResolvedOrder[], fresh: Map<string, string>) {
  const old = drafts.filter((draft) => !fresh.has(`${draft.platform}:${draft.platformOrderNumber}`));
  if (old.length === 0) return [];
  const keys = old.map((draft) => ({ platform: draft.platform, number: draft.platformOrderNumber }));
  const rows = await queryRows<{ id: string; platform_order_number: string }>(
    tx,
    sql`select o.id, o.platform_order_number from orders o
        join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(platform text, number text)
          on o.platform::text = k.platform and o.platform_order_number = k.number
        where o.hub_id = ${shop.hubId} and o.shop_id = ${shop.orgId}`,
  );
  return rows.map((row) => ({ id: row.id, platformOrderNumber: row.platform_order_number }));
}
