import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { decodeCursor, encodeCursor, type KeyKind, type KeyValue } from "./cursor.js";
import { filterSql, listedSql, type SearchFilters } from "./filters.js";
import { type Match, matchSql, rankSql, similaritySql } from "./match.js";

export const SORTS = ["relevance", "newest", "price_asc", "price_desc", "sales"] as const;
export type Sort = (typeof SORTS)[number];

/** One product as the supermarket lists it. */
export type SearchItem = {
  id: string;
  title: string;
  supplierId: string;
  supplierName: string;
  categoryId: string | null;
  /** sha256 of the main picture (position 0), if the product has pictures. */
  picture: string | null;
  priceFen: number;
  dropshipPriceFen: number | null;
  available: number;
  clearanceQuantity: number;
  salesCount: number;
};

type SortKey = { expression: SQL; kind: KeyKind };
/**
 * A sort is a key and the product id, both in one direction, so that a cursor is a row
 * comparison: (key, id) < (cursor key, cursor id). The id breaks every tie, so no product is
 * shown twice or skipped however many share a price or a rank.
 */
type SortSpec = { key: SortKey; direction: "asc" | "desc" };

const SORT_SPECS: Record<Exclude<Sort, "relevance">, SortSpec> = {
  newest: { key: { expression: sql`p.created_at`, kind: "timestamptz" }, direction: "desc" },
  price_asc: { key: { expression: sql`p.price_fen`, kind: "integer" }, direction: "asc" },
  price_desc: { key: { expression: sql`p.price_fen`, kind: "integer" }, direction: "desc" },
  sales: { key: { expression: sql`p.sales_count`, kind: "integer" }, direction: "desc" },
};

const CASTS: Record<KeyKind, SQL> = {
  timestamptz: sql.raw("timestamptz"),
  integer: sql.raw("integer"),
  real: sql.raw("real"),
};

export type PageRequest = {
  hubId: string;
  match: Match | undefined;
  filters: SearchFilters;
  sort: Sort;
  /** Digest of the search, which a cursor must carry (see cursor.ts). */
  search: string;
  cursor: string | undefined;
  limit: number;
};

/** The columns of products a page shows; its sort keys follow as k0, k1. */
const PAGE_COLUMNS = sql.raw(
  "p.id, p.title, p.supplier_id, p.category_id, p.price_fen, p.dropship_price_fen, p.available, p.clearance_quantity, p.sales_count",
);

/** One page of the supermarket and the cursor of the next, if there is one. */
export async function searchPage(
  db: Db,
  request: PageRequest,
): Promise<{ items: SearchItem[]; nextCursor: string | null }> {
  const { hubId, match, filters, limit } = request;
  const filtered = filterSql(hubId, filters, { category: true });
  const conditions = [listedSql(hubId), ...filtered, ...(match ? [matchSql(match)] : [])];
  // Relevance needs a query; without one it means newest.
  const sort = request.sort === "relevance" ? (match ? undefined : SORT_SPECS.newest) : SORT_SPECS[request.sort];
  const kinds: KeyKind[] = sort ? [sort.key.kind] : ["real", "real"];
  const after = request.cursor ? decodeCursor(request.cursor, request.search, kinds) : undefined;
  // Ways to find the page, cheapest first; a later one runs when an earlier one comes back short.
  const attempts = !sort
    ? [rankedPage(hubId, match as Match, conditions, after, limit)]
    : match
      ? [
          walkedPage(sort, listedSql(hubId), [...filtered, matchSql(match)], after, limit),
          matchedPage(sort, conditions, after, limit),
        ]
      : [sortedPage(sort, conditions, after, limit)];
  const direction = sql.raw(sort?.direction ?? "desc");
  const keys = kinds.map((_, i) => sql.raw(`k${i}`));
  const cursorColumns = kinds.map((kind, i) => {
    const column = sql`page.${keys[i]}`;
    const value =
      kind === "timestamptz" ? sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : column;
    return sql`${value} as ${sql.raw(`c${i}`)}`;
  });

  let rows: Row[] = [];
  for (const [i, page] of attempts.entries()) {
    // The page is chosen first and only its rows are joined to suppliers and pictures.
    rows = await queryRows<Row>(
      db,
      sql`select page.id, page.title, page.supplier_id, o.name as supplier_name, page.category_id, pic.sha256 as picture,
            page.price_fen, page.dropship_price_fen, page.available, page.clearance_quantity, page.sales_count,
            ${sql.join(cursorColumns, sql`, `)}
          from (${page}) page
          join organisations o on o.hub_id = ${hubId} and o.id = page.supplier_id
          left join product_pictures pic on pic.hub_id = ${hubId} and pic.product_id = page.id and pic.position = 0
          order by ${sql.join([...keys.map((key) => sql`page.${key} ${direction}`), sql`page.id ${direction}`], sql`, `)}`,
    );
    if (rows.length > limit || i === attempts.length - 1) break;
  }
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(
          request.search,
          kinds.map((kind, i) => cursorValue(last[`c${i}`] as KeyValue, kind)),
          last.id,
        )
      : null;
  return { items: shown.map(toItem), nextCursor };
}

type After = { keys: KeyValue[]; id: string };

function afterSql(sort: SortSpec, after: After | undefined): SQL[] {
  if (!after) return [];
  const comparison = sort.direction === "desc" ? sql`<` : sql`>`;
  return [
    sql`(${sort.key.expression}, p.id) ${comparison} (${after.keys[0]}::${CASTS[sort.key.kind]}, ${after.id}::uuid)`,
  ];
}

/**
 * A page in the order of a column with a btree index (created_at, price_fen, sales_count),
 * without a query: the planner walks that index and stops after the page, or collects the
 * filtered products and sorts them, whichever its statistics say is cheaper.
 */
function sortedPage(sort: SortSpec, conditions: SQL[], after: After | undefined, limit: number): SQL {
  const direction = sql.raw(sort.direction);
  return sql`select ${PAGE_COLUMNS}, ${sort.key.expression} as k0
    from products p
    where ${sql.join([...conditions, ...afterSql(sort, after)], sql` and `)}
    order by ${sort.key.expression} ${direction}, p.id ${direction}
    limit ${limit + 1}`;
}

/**
 * How many listed products, in the order of the sort, a query is first tried against. A query
 * that many products match fills its page within them (托特包, 纯棉, newest first: a few
 * hundred rows); a rarer one, or one narrowed by filters, stops here, having read at most
 * this many, and is looked up through the word indexes instead (matchedPage). The planner
 * cannot choose between the two itself: it cannot tell how many products a Chinese word or
 * a substring matches, and a wrong guess either way costs a scan of the whole catalog.
 */
const WALK = 2000;

/**
 * A page with a query, walking the hub's listed products in the order of the sort and
 * keeping those that pass the filters and match. Exact when it fills the page: whatever lies
 * beyond the walk comes later in the order.
 */
function walkedPage(sort: SortSpec, listed: SQL, filters: SQL[], after: After | undefined, limit: number): SQL {
  const direction = sql.raw(sort.direction);
  return sql`select ${PAGE_COLUMNS}, p.k0
    from (
      select p.*, ${sort.key.expression} as k0
      from products p
      where ${sql.join([listed, ...afterSql(sort, after)], sql` and `)}
      order by ${sort.key.expression} ${direction}, p.id ${direction}
      limit ${WALK}
    ) p
    where ${sql.join(filters, sql` and `)}
    order by p.k0 ${direction}, p.id ${direction}
    limit ${limit + 1}`;
}

/** A page with a query, from every match found through the word indexes, then sorted. */
function matchedPage(sort: SortSpec, conditions: SQL[], after: After | undefined, limit: number): SQL {
  const direction = sql.raw(sort.direction);
  return sql`select * from (
      select ${PAGE_COLUMNS}, ${sort.key.expression} as k0
      from products p
      where ${sql.join([...conditions, ...afterSql(sort, after)], sql` and `)}
      offset 0
    ) p
    order by p.k0 ${direction}, p.id ${direction}
    limit ${limit + 1}`;
}

/**
 * A page by relevance: the weighted rank of every match (k0), then trigram similarity of the
 * title to the query (k1) to break ties, then the id. Similarity costs several times the rank,
 * so it is computed only for the matches the page reaches: the ranked matches come sorted
 * by rank alone, and the incremental sort above them takes group after group of equal rank
 * until the page is full.
 */
function rankedPage(hubId: string, match: Match, conditions: SQL[], after: After | undefined, limit: number): SQL {
  const similarity = similaritySql(match, sql`r.title`);
  const beyond = after
    ? sql`where r.k0 < ${after.keys[0]}::real
        or (r.k0 = ${after.keys[0]}::real and (${similarity}, r.id) < (${after.keys[1]}::real, ${after.id}::uuid))`
    : sql``;
  return sql`select ${PAGE_COLUMNS}, t.k0, t.k1
    from (
      select r.id, r.k0, ${similarity} as k1
      from (
        select p.id, p.title, ${rankSql(match)} as k0
        from products p
        where ${sql.join(conditions, sql` and `)}
        order by k0 desc
        offset 0
      ) r
      ${beyond}
      order by r.k0 desc, k1 desc, r.id desc
      limit ${limit + 1}
    ) t
    join products p on p.hub_id = ${hubId} and p.id = t.id`;
}

type Row = {
  id: string;
  title: string;
  supplier_id: string;
  supplier_name: string;
  category_id: string | null;
  picture: string | null;
  price_fen: number;
  dropship_price_fen: number | null;
  available: number;
  clearance_quantity: number;
  sales_count: number;
} & Record<`c${number}`, KeyValue>;

// Drivers may hand numbers back as strings; a cursor keeps them as numbers.
function cursorValue(value: KeyValue, kind: KeyKind): KeyValue {
  return kind === "timestamptz" ? String(value) : Number(value);
}

function toItem(row: Row): SearchItem {
  return {
    id: row.id,
    title: row.title,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    categoryId: row.category_id,
    picture: row.picture,
    priceFen: row.price_fen,
    dropshipPriceFen: row.dropship_price_fen,
    available: row.available,
    clearanceQuantity: row.clearance_quantity,
    salesCount: row.sales_count,
  };
}
