import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

/** A SKU as a room shows it: what it is, its picture, its original price and its clearance backlog. */
export type RoomItem = {
  skuId: string;
  code: string;
  title: string;
  pictureUrl: string | null;
  originalPriceFen: number;
  clearanceQuantity: number;
  clearancePriceFen: number | null;
  available: number;
};

export type Seller = { hubId: string; orgId: string; kind: string };

type ItemRow = {
  sku_id: string;
  code: string;
  title: string;
  option_values: string[];
  sha256: string | null;
  original_price_fen: number;
  clearance_quantity: number;
  clearance_price_fen: number | null;
  available: number;
};

/**
 * What a seller may put in a room: a factory its own SKUs, a shop the SKUs it picked
 * (a whole product picked means every variant). `skuIds` narrows to those; `query` searches titles and codes.
 */
export async function sellableItems(
  db: Db,
  seller: Seller,
  filter: { skuIds?: string[]; query?: string; limit?: number },
): Promise<RoomItem[]> {
  const own =
    seller.kind === "supplier"
      ? sql`s.supplier_id = ${seller.orgId}`
      : sql`exists (select 1 from picks k where k.hub_id = s.hub_id and k.shop_id = ${seller.orgId}
                     and k.product_id = s.product_id and (k.sku_id is null or k.sku_id = s.id))`;
  const ids = filter.skuIds
    ? sql`and s.id in (select jsonb_array_elements_text(${JSON.stringify(filter.skuIds)}::jsonb)::uuid)`
    : sql``;
  const words = filter.query ? `%${filter.query.replace(/[%_\\]/g, "\\$&")}%` : undefined;
  const search = words ? sql`and (p.title ilike ${words} or s.code ilike ${words})` : sql``;
  const rows = await queryRows<ItemRow>(
    db,
    sql`${ITEM_SELECT} where s.hub_id = ${seller.hubId} and ${own} ${ids} ${search}
        order by s.clearance_quantity desc, p.title, s.position limit ${filter.limit ?? 200}`,
  );
  return rows.map((row) => itemOf(seller.hubId, row));
}

/** The items of a room's lineup, in its order. */
export async function lineupOf(db: Db, hubId: string, roomId: string): Promise<RoomItem[]> {
  const rows = await queryRows<ItemRow>(
    db,
    sql`${ITEM_SELECT} join live_room_items i on i.hub_id = s.hub_id and i.sku_id = s.id
        where s.hub_id = ${hubId} and i.room_id = ${roomId} order by i.position`,
  );
  return rows.map((row) => itemOf(hubId, row));
}

const ITEM_SELECT = sql`select s.id as sku_id, s.code, p.title, s.option_values,
    (select pp.sha256 from product_pictures pp where pp.hub_id = s.hub_id and pp.product_id = p.id
      order by pp.position limit 1) as sha256,
    coalesce(s.retail_price_fen, s.dropship_price_fen, p.price_fen, 0) as original_price_fen,
    s.clearance_quantity, s.clearance_price_fen, s.on_hand - s.reserved as available
  from skus s join products p on p.hub_id = s.hub_id and p.id = s.product_id`;

function itemOf(hubId: string, row: ItemRow): RoomItem {
  const options = row.option_values.filter(Boolean).join(" / ");
  return {
    skuId: row.sku_id,
    code: row.code,
    title: options ? `${row.title}（${options}）` : row.title,
    pictureUrl: row.sha256 ? `/media/pictures/${hubId}/${row.sha256}/400.jpg` : null,
    originalPriceFen: row.original_price_fen,
    clearanceQuantity: row.clearance_quantity,
    clearancePriceFen: row.clearance_price_fen,
    available: row.available,
  };
}
