import { type SQL, sql } from "drizzle-orm";
import type { ProductDocument } from "./segment.js";

/**
 * The search vector of a product from its segmented parts (tsvector literals, as values or
 * as columns of a set of rows): title and SKU codes weigh most (A), then category names and
 * attribute values (B), then the description (C). The same SQL on PGlite and PostgreSQL; the
 * literals carry their own positions, so ts_rank can weigh them.
 */
export function searchVectorSql(document: Record<keyof ProductDocument, string | SQL>): SQL {
  return sql`setweight(${document.title}::tsvector, 'A') || setweight(${document.codes}::tsvector, 'A') || setweight(${document.labels}::tsvector, 'B') || setweight(${document.description}::tsvector, 'C')`;
}
