import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/connection.js";
import type { ProductAttribute } from "./schema.js";
import { searchVectorSql } from "./search/document.js";
import { productDocument } from "./search/segment.js";

/**
 * Recomputes a product's summary of its variants (lowest price, lowest dropship price,
 * units available, clearance units) and its search vector. Called inside every write that
 * changes a product's text, a variant's price or its stock.
 */
export async function refreshProductSummary(db: Db, hubId: string, productId: string): Promise<void> {
  await refreshProductSummaries(db, hubId, [productId]);
}

// Enough products per statement to make an import fast, few enough to keep statements small.
const BATCH = 500;

/**
 * The same for many products at once, in a few statements per 500 products rather than three
 * per product: for imports and other bulk writes, inside their transaction.
 */
export async function refreshProductSummaries(db: Db, hubId: string, productIds: string[]): Promise<void> {
  const unique = [...new Set(productIds)];
  for (let start = 0; start < unique.length; start += BATCH) {
    const ids = JSON.stringify(unique.slice(start, start + BATCH));
    const documents = (await productTexts(db, hubId, ids)).map(({ id, ...text }) => ({
      id,
      ...productDocument(text),
    }));
    if (documents.length === 0) continue;
    const document = {
      title: sql`d.title`,
      codes: sql`d.codes`,
      labels: sql`d.labels`,
      description: sql`d.description`,
    };
    // The first tier of a variant is the one with the smallest quantity; the product's price
    // is the lowest first-tier price of its variants.
    await db.execute(
      sql`update products p set
            price_fen = s.price_fen,
            dropship_price_fen = s.dropship_price_fen,
            available = coalesce(s.available, 0),
            clearance_quantity = coalesce(s.clearance_quantity, 0),
            search_vector = ${searchVectorSql(document)}
          from jsonb_to_recordset(${JSON.stringify(documents)}::jsonb)
                 as d(id uuid, title text, codes text, labels text, description text)
          left join lateral (
            select min(first_tier.price_fen) as price_fen, min(v.dropship_price_fen) as dropship_price_fen,
              sum(v.on_hand - v.reserved)::int as available, sum(v.clearance_quantity)::int as clearance_quantity
            from skus v
            left join lateral (
              select t.price_fen from sku_price_tiers t
              where t.hub_id = v.hub_id and t.sku_id = v.id order by t.min_quantity limit 1
            ) first_tier on true
            where v.hub_id = ${hubId} and v.product_id = d.id
          ) s on true
          where p.hub_id = ${hubId} and p.id = d.id`,
    );
  }
}

type ProductTextRow = {
  id: string;
  title: string;
  description: string;
  attributes: ProductAttribute[];
  category: string | null;
  parent_category: string | null;
  codes: string[] | null;
};

// What the search vectors are made of, read inside the caller's transaction so that it sees
// the write being made; segmented here, since the database has no Chinese parser.
async function productTexts(db: Db, hubId: string, ids: string) {
  const rows = await queryRows<ProductTextRow>(
    db,
    sql`select p.id, p.title, p.description, p.attributes, c.name as category, parent.name as parent_category,
          (select array_agg(v.code order by v.position) from skus v where v.hub_id = p.hub_id and v.product_id = p.id)
            as codes
        from products p
        left join categories c on c.hub_id = p.hub_id and c.id = p.category_id
        left join categories parent on parent.hub_id = c.hub_id and parent.id = c.parent_id
        where p.hub_id = ${hubId} and p.id in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    categoryNames: [row.category, row.parent_category].filter((name): name is string => Boolean(name)),
    attributeValues: row.attributes.map((attribute) => attribute.value),
    codes: row.codes ?? [],
  }));
}

/**
 * Only the units available of products whose reservations moved (orders reserving or
 * releasing stock): their text and prices did not change, so neither does the rest.
 */
export async function refreshAvailability(db: Db, hubId: string, productIds: string[]): Promise<void> {
  const unique = [...new Set(productIds)];
  if (unique.length === 0) return;
  await db.execute(
    sql`update products p set available = coalesce(s.available, 0)
        from (
          select v.product_id, sum(v.on_hand - v.reserved)::int as available from skus v
          where v.hub_id = ${hubId}
            and v.product_id in (select jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb)::uuid)
          group by v.product_id
        ) s
        where p.hub_id = ${hubId} and p.id = s.product_id`,
  );
}
