import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

/**
 * Chinese word segmentation for the supermarket's search, done here rather than in the
 * database: neither PostgreSQL nor PGlite has a Chinese parser, and the default parser would
 * split SKU codes ("TOTE-5" → "tote", "-5"). Documents and queries are cut by the same jieba
 * and normalised the same way, and reach the database as tsvector / tsquery values whose
 * lexemes are exactly these words.
 */

let jieba: Jieba | undefined;

/** Loaded once per process, on first use (~0.2 s for the default dictionary). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Full-width letters and digits typed with a Chinese IME become ASCII; case is folded. */
export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

// A word worth indexing has a letter or a digit (Chinese characters are letters).
const WORDLIKE = /[\p{L}\p{N}]/u;
// Lexemes are capped well below PostgreSQL's 2 KB limit; nobody searches longer words.
const MAX_WORD = 60;
// SKU codes are at most 64 characters (api-schemas.ts): every one is kept.
const MAX_CODE = 64;
// Positions beyond this are stored as 16383 by PostgreSQL anyway; a lexeme keeps a few.
const MAX_POSITION = 16_383;
const POSITIONS_PER_WORD = 8;

function words(tokens: string[]): string[] {
  return tokens.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= MAX_WORD && WORDLIKE.test(t));
}

/** Words of a document: search mode, so 帆布托特包大容量 gives 帆布, 托特, 包, 容量, 大容量. */
export function documentWords(text: string): string[] {
  if (!text) return [];
  return words(segmenter().cutForSearch(normalise(text), true));
}

/**
 * Words of a query, in precise mode: every word of a query is also a word of any document
 * that holds the same text, since search mode only adds shorter words to precise mode's.
 */
export function queryWords(q: string): string[] {
  return [...new Set(words(segmenter().cut(normalise(q), true)))];
}

/** A lexeme quoted for tsvector / tsquery input: inside quotes, ' is doubled and \ escaped. */
function quote(word: string): string {
  if (!/['\\]/.test(word)) return `'${word}'`;
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * A tsvector literal of words at positions 1, 2, …: cast with `::tsvector` in SQL, it holds
 * exactly these lexemes (no parser runs), with positions so that ts_rank can weigh them.
 */
export function tsvectorLiteral(wordList: string[]): string {
  const positions = new Map<string, string>();
  const last = new Map<string, number>();
  const counts = new Map<string, number>();
  for (let i = 0; i < wordList.length; i++) {
    const word = wordList[i] as string;
    const at = Math.min(i + 1, MAX_POSITION);
    const count = counts.get(word) ?? 0;
    if (count >= POSITIONS_PER_WORD || last.get(word) === at) continue;
    counts.set(word, count + 1);
    last.set(word, at);
    const before = positions.get(word);
    positions.set(word, before === undefined ? `${quote(word)}:${at}` : `${before},${at}`);
  }
  return [...positions.values()].join(" ");
}

/** The parts of a product that search reads, each weighted in the search vector. */
export type ProductText = {
  title: string;
  /** The product's category and its parent: a search for 箱包 finds every bag. */
  categoryNames: string[];
  attributeValues: string[];
  description: string;
  codes: string[];
};

/**
 * tsvector literals of a product's text: title (weight A), SKU codes kept whole (A),
 * category names and attribute values (B), description (C). See searchVectorSql.
 */
export function productDocument(product: ProductText) {
  return {
    title: tsvectorLiteral(documentWords(product.title)),
    codes: tsvectorLiteral(product.codes.map(normalise).filter((code) => code.length <= MAX_CODE)),
    labels: tsvectorLiteral([...product.categoryNames, ...product.attributeValues].flatMap(documentWords)),
    description: tsvectorLiteral(documentWords(product.description)),
  };
}

export type ProductDocument = ReturnType<typeof productDocument>;

/**
 * A tsquery literal that every word must match, the last one also as a prefix, so that
 * typing 托特 finds 托特包; or else, when given, `whole` as a prefix (a SKU code, kept whole
 * in the search vector). Undefined when there is nothing to match.
 *
 * A last word of one character is not a prefix: 女 would stand for every word that starts
 * with it (女包, 女装, 女童, 女士: a quarter of a village's goods), which is not what was typed.
 */
export function tsqueryLiteral(wordList: string[], whole?: string): string | undefined {
  const last = wordList.length - 1;
  const words = wordList
    .map((word, i) => (i === last && [...word].length > 1 ? `${quote(word)}:*` : quote(word)))
    .join(" & ");
  if (whole === undefined || (wordList.length === 1 && wordList[0] === whole)) return words || undefined;
  return words ? `${quote(whole)}:* | (${words})` : `${quote(whole)}:*`;
}
