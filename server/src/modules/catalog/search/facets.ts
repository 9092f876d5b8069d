import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { filterSql, listedSql, type SearchFilters } from "./filters.js";
import { type Match, matchSql } from "./match.js";

/**
 * How many products each refinement would show, so the shop sees where the goods are.
 * - `total`: products of the current search;
 * - `categories`: for each category, the products the search would show with that category
 *   chosen instead (every other filter kept), a top-level category counting its children;
 * - `dropship`, `inStock`, `clearance`: the products the search would show with that filter
 *   switched on (the same as `total` when it already is).
 */
export type Facets = {
  total: number;
  categories: { categoryId: string; count: number }[];
  dropship: number;
  inStock: number;
  clearance: number;
};

type Counts = { category_id: string | null; n: number; dropship: number; in_stock: number; clearance: number };

export async function searchFacets(
  db: Db,
  hubId: string,
  match: Match | undefined,
  filters: SearchFilters,
): Promise<Facets> {
  // One pass over the search's products without the category filter, counted per category;
  // the category filter is applied afterwards, from the hub's category tree.
  const conditions = [listedSql(hubId), ...filterSql(hubId, filters, { category: false })];
  if (match) conditions.push(matchSql(match));
  const [counts, tree] = await Promise.all([
    queryRows<Counts>(
      db,
      sql`select p.category_id, count(*)::int as n,
            (count(*) filter (where p.dropship_price_fen is not null))::int as dropship,
            (count(*) filter (where p.available > 0))::int as in_stock,
            (count(*) filter (where p.clearance_quantity > 0))::int as clearance
          from products p
          where ${sql.join(conditions, sql` and `)}
          group by p.category_id`,
    ),
    queryRows<{ id: string; parent_id: string | null }>(
      db,
      sql`select id, parent_id from categories where hub_id = ${hubId} order by position, name`,
    ),
  ]);

  const parentOf = new Map(tree.map((c) => [c.id, c.parent_id]));
  const perCategory = new Map<string, number>();
  for (const row of counts) {
    if (!row.category_id) continue;
    const parent = parentOf.get(row.category_id);
    for (const id of parent ? [row.category_id, parent] : [row.category_id])
      perCategory.set(id, (perCategory.get(id) ?? 0) + row.n);
  }

  const chosen = filters.category;
  const inChosen = (row: Counts) =>
    chosen === undefined ||
    (row.category_id !== null && (row.category_id === chosen || parentOf.get(row.category_id) === chosen));
  const sum = (key: "n" | "dropship" | "in_stock" | "clearance") =>
    counts.filter(inChosen).reduce((total, row) => total + row[key], 0);

  return {
    total: sum("n"),
    categories: tree
      .filter((c) => (perCategory.get(c.id) ?? 0) > 0)
      .map((c) => ({ categoryId: c.id, count: perCategory.get(c.id) ?? 0 })),
    dropship: sum("dropship"),
    inStock: sum("in_stock"),
    clearance: sum("clearance"),
  };
}
