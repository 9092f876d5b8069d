import { type SQL, sql } from "drizzle-orm";
import { normalise, queryWords, tsqueryLiteral } from "./segment.js";

/**
 * How a query `q` finds products, worked out once per search. A product matches when any
 * of these holds:
 * - words: every jieba word of q is a word of the product, the last one also as a prefix
 *   (托特 finds 托特包);
 * - a code: q, typed as one ASCII token (TOTE-5, qy012-001534-3, HB/01), is the beginning of
 *   one of the product's SKU codes. The search vector holds every code whole, as one word, so
 *   this is the prefix `'q':*` in the same tsquery, OR-ed with the words of q (which jieba
 *   may cut a code into: qy012-001534, 3). Looking codes up in the SKUs' trigram index instead
 *   costs some 30 ms at 1.7 million SKUs, since all of a village's codes share trigrams;
 * - a substring: the title contains q as typed, for partial words the segmenter cuts
 *   differently (布托特 in 帆布托特包). Only for one word of at least 3 characters: shorter
 *   text gives the trigram index nothing to look up (and a scan of every title is what this
 *   search exists to avoid), and words the shop separated with spaces are words already.
 */
export type Match = {
  text: string;
  tsquery: string | undefined;
  titlePattern: string | undefined;
};

const SUBSTRING_MIN = 3;
// SKU codes are at most 64 characters, without spaces (api-schemas.ts).
const CODE = /^[\x21-\x7e]{1,64}$/;

export function parseQuery(q: string | undefined): Match | undefined {
  const text = normalise(q ?? "")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return undefined;
  const words = queryWords(text);
  const oneToken = !text.includes(" ");
  return {
    text,
    tsquery: tsqueryLiteral(words, oneToken && CODE.test(text) && /[0-9a-z]/.test(text) ? text : undefined),
    titlePattern: oneToken && [...text].length >= SUBSTRING_MIN ? `%${escapeLike(text)}%` : undefined,
  };
}

/** LIKE's own characters typed in a query are matched literally (the escape is a backslash). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The match as a condition on `p` (products); false when nothing in q can match. */
export function matchSql(match: Match): SQL {
  const arms: SQL[] = [];
  if (match.tsquery) arms.push(sql`p.search_vector @@ ${match.tsquery}::tsquery`);
  if (match.titlePattern) arms.push(sql`p.title ilike ${match.titlePattern}`);
  if (arms.length === 0) return sql`false`;
  return sql`(${sql.join(arms, sql` or `)})`;
}

/**
 * Relevance: the weighted full-text rank (title and codes A, categories and attributes B,
 * description C), divided by 1 + log of the document's length so that a short, focused
 * listing ranks above a long one that mentions the word as often; plus 1 when the title
 * holds q exactly as typed, which puts a title with 布托特 above one that merely has 布 and 托特.
 */
export function rankSql(match: Match): SQL {
  const rank = match.tsquery ? sql`coalesce(ts_rank(p.search_vector, ${match.tsquery}::tsquery, 1), 0)` : sql`0`;
  const phrase = match.titlePattern ? sql` + (p.title ilike ${match.titlePattern})::int` : sql``;
  return sql`(${rank}${phrase})::real`;
}

/** Trigram similarity of a title to q: breaks ties of rank and orders substring-only matches. */
export function similaritySql(match: Match, title: SQL): SQL {
  return sql`similarity(${title}, ${match.text})`;
}
