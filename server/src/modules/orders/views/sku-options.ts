import { type SQL, sql } from "drizzle-orm";

/**
 * A SKU's options as [{name, value}] in its product's option order (颜色: 黑色), for paper:
 * the SKU keeps the values, the product the names. `sku` is the alias of a skus row.
 */
export function skuOptionsSql(sku: SQL): SQL {
  return sql`(select coalesce(jsonb_agg(jsonb_build_object('name', o.option->>'name',
              'value', ${sku}.option_values->>(o.n::int - 1)) order by o.n), '[]'::jsonb)
            from products op, jsonb_array_elements(op.options) with ordinality as o(option, n)
            where op.hub_id = ${sku}.hub_id and op.id = ${sku}.product_id)`;
}
