import { type SQL, sql } from "drizzle-orm";

/** What a shop narrows the supermarket by, besides the query. */
export type SearchFilters = {
  /** A category; a top-level one includes its children. */
  category?: string | undefined;
  supplier?: string | undefined;
  /** Bounds on the lowest wholesale price, in fen, inclusive. */
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  /** Only products with a dropship price (代发价). */
  dropship?: boolean | undefined;
  /** Only products with units available. */
  inStock?: boolean | undefined;
  /** Only products with backlog offered at a clearance price. */
  clearance?: boolean | undefined;
};

/**
 * What the supermarket lists at all: the hub's active products. A product without a
 * wholesale price (no variant with a tier) cannot be bought, so it is not listed either;
 * this also keeps every sort key non-null, which the cursor relies on.
 */
export function listedSql(hubId: string): SQL {
  return sql`p.hub_id = ${hubId} and p.status = 'active' and p.price_fen is not null`;
}

// An array computed once, not a subquery: as a join, the planner would repeat the product
// scan for each category of the branch.
export function categorySql(hubId: string, categoryId: string): SQL {
  return sql`p.category_id = any(array(select c.id from categories c where c.hub_id = ${hubId} and (c.id = ${categoryId} or c.parent_id = ${categoryId})))`;
}

/** The filters as conditions on `p` (products), the category one left out when asked. */
export function filterSql(hubId: string, filters: SearchFilters, options: { category: boolean }): SQL[] {
  const conditions: SQL[] = [];
  if (options.category && filters.category) conditions.push(categorySql(hubId, filters.category));
  if (filters.supplier) conditions.push(sql`p.supplier_id = ${filters.supplier}`);
  if (filters.priceMin !== undefined) conditions.push(sql`p.price_fen >= ${filters.priceMin}`);
  if (filters.priceMax !== undefined) conditions.push(sql`p.price_fen <= ${filters.priceMax}`);
  if (filters.dropship) conditions.push(sql`p.dropship_price_fen is not null`);
  if (filters.inStock) conditions.push(sql`p.available > 0`);
  if (filters.clearance) conditions.push(sql`p.clearance_quantity > 0`);
  return conditions;
}
