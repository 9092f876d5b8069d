import type { Db } from "../../../db/connection.js";
import { InvalidError } from "../../../http/errors.js";
import { searchFingerprint } from "./cursor.js";
import { type Facets, searchFacets } from "./facets.js";
import type { SearchFilters } from "./filters.js";
import { parseQuery } from "./match.js";
import { type SearchItem, type Sort, searchPage } from "./query.js";

export type SearchInput = SearchFilters & {
  q?: string | undefined;
  /** Relevance by default when there is a query, newest otherwise. */
  sort?: Sort | undefined;
  cursor?: string | undefined;
  limit: number;
  /** Counts on the first page unless false (a list refreshed as the shop types needs none). */
  facets?: boolean | undefined;
};

export type SearchResult = {
  items: SearchItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Counts of the whole search, on the first page only (null with a cursor or facets=false). */
  facets: Facets | null;
};

/** Searches the hub's online supermarket: active products, by words, codes and filters. */
export async function searchProducts(db: Db, hubId: string, input: SearchInput): Promise<SearchResult> {
  const { priceMin, priceMax } = input;
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
    const params = { min: priceMin, max: priceMax };
    throw new InvalidError("search_price_range_reversed", params, [
      { path: "priceMax", code: "search_price_range_reversed", params },
    ]);
  }
  const match = parseQuery(input.q);
  // Relevance without a query ranks everything alike: newest is what it would mean.
  const sort: Sort = match ? (input.sort ?? "relevance") : withoutQuery(input.sort);
  const filters: SearchFilters = {
    category: input.category,
    supplier: input.supplier,
    priceMin,
    priceMax,
    dropship: input.dropship,
    inStock: input.inStock,
    clearance: input.clearance,
  };
  const search = searchFingerprint([hubId, match?.text ?? null, sort, filters]);
  const [page, facets] = await Promise.all([
    searchPage(db, { hubId, match, filters, sort, search, cursor: input.cursor, limit: input.limit }),
    input.cursor || input.facets === false ? null : searchFacets(db, hubId, match, filters),
  ]);
  return { ...page, facets };
}

function withoutQuery(sort: Sort | undefined): Sort {
  return sort === undefined || sort === "relevance" ? "newest" : sort;
}
