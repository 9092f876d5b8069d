import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../server/src/db/connection.js";
import { filterSql, listedSql } from "../../server/src/modules/catalog/search/filters.js";
import type { Sort } from "../../server/src/modules/catalog/search/query.js";
import type { SearchInput } from "../../server/src/modules/catalog/search/service.js";
import { AUDIENCES, LEAF_WORDS } from "./words.js";

/** What a shop typed, and what a person would expect of the first result. */
export type BenchQuery = {
  kind: "word" | "words" | "attribute" | "broad" | "partial" | "code";
  input: SearchInput;
  /** The top hit's title contains each of these (codes: one of its SKU codes starts with it). */
  expect: string[];
};

/** A small seeded generator (mulberry32): the same 200 queries on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}

const BROAD = ["包", "新款", "女", "儿童", "纯棉", "批发"];

/**
 * 200 searches as shops type them: a kind of goods (托特包), goods with a material or a style
 * (帆布 托特包, 纯棉四件套), an attribute alone (真皮), a broad word (包), a piece of a title
 * cut across words (布托特), a SKU code off a label; with the filters and sorts shops use.
 */
export async function benchQueries(db: Db, hubId: string, count: number): Promise<BenchQuery[]> {
  const rnd = random(20_240_601);
  const categories = await queryRows<{ id: string; name: string; parent_id: string | null }>(
    db,
    sql`select id, name, parent_id from categories where hub_id = ${hubId}`,
  );
  const suppliers = await queryRows<{ supplier_id: string }>(
    db,
    sql`select supplier_id from products where hub_id = ${hubId} group by supplier_id order by count(*) desc limit 30`,
  );
  // Real titles and codes to cut partial words and codes from, spread over the catalog.
  const samples = await queryRows<{ title: string; code: string }>(
    db,
    sql`select p.title, (select s.code from skus s where s.hub_id = p.hub_id and s.product_id = p.id order by s.position desc limit 1) as code
        from products p where p.hub_id = ${hubId} and p.status = 'active'
        order by p.created_at limit 400`,
  );
  const leaves = categories.filter((c) => c.parent_id && LEAF_WORDS[c.name]);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const leaf = rnd.pick(leaves);
    const words = LEAF_WORDS[leaf.name] as (typeof LEAF_WORDS)[string];
    const type = rnd.pick(words.types);
    const roll = rnd.next();
    let query: Omit<BenchQuery, "input"> & { q: string };
    if (roll < 0.35) query = { kind: "word", q: type, expect: [type] };
    else if (roll < 0.6) {
      const modifier = rnd.pick(rnd.chance(0.5) ? words.materials : words.features);
      const audience = rnd.chance(0.2) ? rnd.pick(AUDIENCES) : "";
      const spaced = rnd.chance(0.5);
      query = {
        kind: "words",
        q: spaced ? [modifier, type, audience].filter(Boolean).join(" ") : `${modifier}${type}`,
        expect: [modifier, type],
      };
    } else if (roll < 0.72) {
      const attribute = rnd.pick([...words.materials, ...words.features]);
      query = { kind: "attribute", q: attribute, expect: [attribute] };
    } else if (roll < 0.78) {
      const word = rnd.pick(BROAD);
      query = { kind: "broad", q: word, expect: [word] };
    } else if (roll < 0.88) {
      // Three characters of a real title, wherever they fall across its words.
      let piece = "";
      while (!/^\S{3}$/u.test(piece)) {
        const title = [...rnd.pick(samples).title];
        const start = Math.floor(rnd.next() * Math.max(1, title.length - 3));
        piece = title.slice(start, start + 3).join("");
      }
      query = { kind: "partial", q: piece, expect: [piece] };
    } else {
      const code = rnd.pick(samples).code;
      const typed = rnd.chance(0.5) ? code : code.slice(0, code.lastIndexOf("-"));
      query = { kind: "code", q: rnd.chance(0.3) ? typed.toLowerCase() : typed, expect: [typed.toUpperCase()] };
    }
    const input: SearchInput = { q: query.q, limit: 20 };
    if (query.kind !== "code") {
      if (rnd.chance(0.25)) input.category = rnd.chance(0.5) ? leaf.id : (leaf.parent_id ?? undefined);
      if (rnd.chance(0.08)) input.supplier = rnd.pick(suppliers).supplier_id;
      if (rnd.chance(0.2)) {
        if (rnd.chance(0.5)) input.priceMax = 1000 * (2 + Math.floor(rnd.next() * 10));
        else input.priceMin = 1000 * (1 + Math.floor(rnd.next() * 5));
      }
      if (rnd.chance(0.2)) input.dropship = true;
      if (rnd.chance(0.35)) input.inStock = true;
      if (rnd.chance(0.05)) input.clearance = true;
      const sortRoll = rnd.next();
      const sort: Sort | undefined =
        sortRoll < 0.55
          ? undefined
          : sortRoll < 0.7
            ? "newest"
            : sortRoll < 0.82
              ? "price_asc"
              : sortRoll < 0.88
                ? "price_desc"
                : "sales";
      if (sort) input.sort = sort;
    }
    queries.push({ kind: query.kind, input, expect: query.expect });
  }
  return queries;
}

/** The naive search's order for each sort: it cannot rank, so relevance is newest first. */
const BASELINE_ORDER: Record<Sort, SQL> = {
  relevance: sql`p.created_at desc, p.id desc`,
  newest: sql`p.created_at desc, p.id desc`,
  price_asc: sql`p.price_fen asc, p.id asc`,
  price_desc: sql`p.price_fen desc, p.id desc`,
  sales: sql`p.sales_count desc, p.id desc`,
};

/**
 * The naive search a first version would ship: every word of the query as a substring of
 * the title (title ILIKE '%词%'), the same filters, the same sort (relevance: newest first),
 * the same page size.
 */
export async function baselineSearch(db: Db, hubId: string, input: SearchInput): Promise<{ id: string }[]> {
  const words = (input.q ?? "").split(/\s+/).filter(Boolean);
  const conditions: SQL[] = [
    listedSql(hubId),
    ...filterSql(hubId, input, { category: true }),
    ...words.map((word) => sql`p.title ilike ${`%${word}%`}`),
  ];
  return queryRows<{ id: string }>(
    db,
    sql`select p.id, p.title from products p where ${sql.join(conditions, sql` and `)}
        order by ${BASELINE_ORDER[input.sort ?? "relevance"]} limit ${input.limit}`,
  );
}
