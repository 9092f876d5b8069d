import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

/** A supplier SKU a shop sells, found by the code the shop's store knows it by. */
export type PickedSku = { skuId: string; supplierId: string; title: string };
export type ShopScope = { hubId: string; orgId: string };

/**
 * The SKUs behind the codes of an order file (商家编码 = our SKU code), among the products the
 * shop picked: a code is unique per supplier only, and the shop's selection says which
 * supplier it buys from. Codes match case-insensitively, as shops retype them. A code that
 * two picked suppliers share maps to "ambiguous".
 */
export async function pickedSkus(
  db: Db,
  shop: ShopScope,
  codes: string[],
): Promise<Map<string, PickedSku | "ambiguous">> {
  const wanted = [...new Set(codes.map((code) => code.toUpperCase()))];
  const found = new Map<string, PickedSku | "ambiguous">();
  if (wanted.length === 0) return found;
  const rows = await queryRows<{ code: string; sku_id: string; supplier_id: string; title: string }>(
    db,
    sql`select distinct upper(s.code) as code, s.id as sku_id, s.supplier_id, p.title
        from skus s
        join picks k on k.hub_id = s.hub_id and k.product_id = s.product_id and (k.sku_id is null or k.sku_id = s.id)
        join products p on p.hub_id = s.hub_id and p.id = s.product_id
        where s.hub_id = ${shop.hubId} and k.shop_id = ${shop.orgId}
          and upper(s.code) in (select jsonb_array_elements_text(${JSON.stringify(wanted)}::jsonb))`,
  );
  for (const row of rows) {
    const known = found.get(row.code);
    const sku = { skuId: row.sku_id, supplierId: row.supplier_id, title: row.title };
    found.set(row.code, known && known !== "ambiguous" && known.skuId !== sku.skuId ? "ambiguous" : sku);
  }
  return found;
}
