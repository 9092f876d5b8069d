import pg from "pg";
import type { Db } from "../../server/src/db/connection.js";
import { createHub } from "../../server/src/modules/accounts/hubs.js";
import { listCategories } from "../../server/src/modules/catalog/categories.js";
import { productDocument } from "../../server/src/modules/catalog/search/segment.js";
import {
  AUDIENCES,
  COLOURS,
  LEAF_WORDS,
  PREFIXES,
  SIZES,
  SUPPLIER_FORMS,
  SUPPLIER_ROOTS,
  TRADE_WORDS,
} from "./words.js";

/** Wholesale price ranges (fen) of each trade: a hair clip costs less than a suitcase. */
const PRICE_RANGES: Record<string, [number, number]> = {
  箱包: [1500, 20000],
  服装: [1500, 15000],
  饰品: [300, 5000],
  玩具: [500, 10000],
  日用百货: [200, 5000],
  工艺礼品: [500, 20000],
  家居家纺: [1500, 30000],
};
/** How many of a hub's suppliers work in each trade (out of 13). */
const TRADE_SHARE: Record<string, number> = {
  箱包: 3,
  服装: 3,
  饰品: 2,
  玩具: 1,
  日用百货: 2,
  工艺礼品: 1,
  家居家纺: 1,
};

export type GeneratedHub = { hubId: string; products: number; skus: number; suppliers: number };
export type Phase = { name: string; seconds: number };

/**
 * Fills a database with a village's catalog using set-based SQL: a plan of every product
 * first (title, supplier, category, prices), then its SKUs and tiers, then the search
 * vectors by the application's own segmentation, a batch at a time, and last the products
 * themselves with their summaries, so that no row is written twice. Secondary indexes are
 * dropped while loading and rebuilt afterwards, as any bulk load does.
 */
export async function generateCatalog(
  db: Db,
  url: string,
  hubs: { slug: string; name: string; products: number; suppliers: number }[],
  log: (line: string) => void,
): Promise<{ hubs: GeneratedHub[]; phases: Phase[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const phases: Phase[] = [];
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const seconds = (performance.now() - start) / 1000;
    phases.push({ name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };
  try {
    // Generated rows are consistent by construction: skip per-row foreign-key triggers.
    await client.query("set session_replication_role = replica");
    await client.query("set maintenance_work_mem = '1GB'");
    await client.query(HELPERS);
    const indexes = await timed("drop secondary indexes", () => dropSecondaryIndexes(client));
    const generated: GeneratedHub[] = [];
    for (const hub of hubs) {
      const { id: hubId } = await createHub(db, { slug: hub.slug, name: hub.name, nameEn: hub.slug });
      await listCategories(db, hubId);
      await timed(`${hub.slug}: suppliers and word lists`, () => prepareHub(client, hubId, hub.suppliers));
      await timed(`${hub.slug}: product plans`, () => planProducts(client, hub.products));
      const skus = await timed(`${hub.slug}: skus and price tiers`, () => insertSkus(client, hubId));
      await timed(`${hub.slug}: search vectors (jieba)`, () => segmentProducts(client, hubId, log));
      await timed(`${hub.slug}: products with summaries`, () => insertProducts(client, hubId));
      await timed(`${hub.slug}: pictures`, () => insertPictures(client, hubId));
      generated.push({ hubId, products: hub.products, skus, suppliers: hub.suppliers });
      await client.query("drop table bench_gen, bench_suppliers, bench_leaves, bench_vectors");
    }
    await timed("rebuild secondary indexes", () => rebuildIndexes(client, indexes));
    await timed("vacuum and analyze", () =>
      client.query("vacuum (analyze) products, skus, sku_price_tiers, product_pictures"),
    );
    return { hubs: generated, phases };
  } finally {
    await client.end();
  }
}

// bench_rand(i, k): the k-th uniform number in [0, 1) of row i, the same on every run.
const HELPERS = `
create or replace function bench_rand(i bigint, k int) returns float8 immutable parallel safe language sql
  as $$ select (hashint8(i * 64 + k) & 2147483647)::float8 / 2147483648.0 $$;
create or replace function bench_pick(words text[], r float8) returns text immutable parallel safe language sql
  as $$ select words[1 + floor(r * array_length(words, 1))::int] $$;
`;

type IndexDefinition = { name: string; definition: string };

async function dropSecondaryIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `select indexname as name, indexdef as definition from pg_indexes
      where schemaname = 'public' and tablename in ('products', 'skus', 'sku_price_tiers', 'product_pictures')
        and indexname not in (select conname from pg_constraint)`,
  );
  for (const index of rows) await client.query(`drop index ${pg.escapeIdentifier(index.name)}`);
  return rows;
}

async function rebuildIndexes(client: pg.Client, indexes: IndexDefinition[]): Promise<void> {
  // The definitions are the migrations' own, read back from the catalog before dropping.
  for (const index of indexes) await client.query(index.definition);
}

async function prepareHub(client: pg.Client, hubId: string, suppliers: number): Promise<void> {
  const { rows: categories } = await client.query<{ id: string; name: string; top: string; top_id: string }>(
    `select c.id, c.name, t.name as top, t.id as top_id from categories c join categories t on t.hub_id = c.hub_id and t.id = c.parent_id
      where c.hub_id = $1 order by t.position, c.position`,
    [hubId],
  );
  const leaves = categories.filter((c) => LEAF_WORDS[c.name]);
  await client.query(
    `create unlogged table bench_leaves as
       select * from unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::int[], $6::jsonb[])
         as l(leaf_id, top, leaf_no, min_price, max_price, words)`,
    [
      leaves.map((l) => l.id),
      leaves.map((l) => l.top),
      leaves.map((l) => leaves.filter((m) => m.top === l.top).indexOf(l) + 1),
      leaves.map((l) => PRICE_RANGES[l.top]?.[0] ?? 500),
      leaves.map((l) => PRICE_RANGES[l.top]?.[1] ?? 10000),
      leaves.map((l) => JSON.stringify(LEAF_WORDS[l.name])),
    ],
  );
  for (const kind of ["types", "materials", "features"])
    await client.query(
      `alter table bench_leaves add column ${kind} text[];
       update bench_leaves set ${kind} = array(select jsonb_array_elements_text(words -> '${kind}'))`,
    );
  const trades = Object.entries(TRADE_SHARE).flatMap(([top, share]) => Array<string>(share).fill(top));
  // Root, form and round together are unique for each i; the trade word follows the trade.
  const names = Array.from({ length: suppliers }, (_, i) => {
    const top = trades[i % trades.length] as string;
    const root = SUPPLIER_ROOTS[i % SUPPLIER_ROOTS.length];
    const form = SUPPLIER_FORMS[Math.floor(i / SUPPLIER_ROOTS.length) % SUPPLIER_FORMS.length];
    const round = Math.floor(i / (SUPPLIER_ROOTS.length * SUPPLIER_FORMS.length));
    return { top, name: `${root}${TRADE_WORDS[top]}${form}${round > 0 ? round + 1 : ""}` };
  });
  const { rows: added } = await client.query<{ id: string; name: string }>(
    `insert into organisations (hub_id, kind, name) select $1, 'supplier', n from unnest($2::text[]) as n
     returning id, name`,
    [hubId, names.map((n) => n.name)],
  );
  const idOf = new Map(added.map((row) => [row.name, row.id]));
  await client.query(
    `create unlogged table bench_suppliers as
       select s.no::int, s.id, s.top, (select count(*) from bench_leaves l where l.top = s.top)::int as leaves
       from unnest($1::uuid[], $2::text[]) with ordinality as s(id, top, no)`,
    [names.map((n) => idOf.get(n.name)), names.map((n) => n.top)],
  );
}

async function planProducts(client: pg.Client, count: number): Promise<void> {
  const supplierCount = (await client.query<{ n: number }>("select count(*)::int as n from bench_suppliers")).rows[0]
    ?.n as number;
  // A few big factories list most goods: the supplier is skewed towards the first ones.
  await client.query(
    `create unlogged table bench_gen as
     select g.*,
       g.prefix || g.feature_1 || g.material || g.type || g.gap
         || case when g.feature_2 = g.feature_1 then '' else g.feature_2 end || g.audience as title,
       g.material || '材质，' || g.feature_1 || '，' || g.feature_2 || '。' || g.type
         || '厂家直销，支持一件代发，量大从优。' as description,
       l.min_price + floor(bench_rand(g.seq, 20) ^ 2 * (l.max_price - l.min_price))::int / 10 * 10 as base_price
     from (
       select i as seq, gen_random_uuid() as id, s.no as supplier_no, s.id as supplier_id, l.leaf_id,
         bench_pick(l.types, bench_rand(i, 3)) as type,
         bench_pick(l.materials, bench_rand(i, 4)) as material,
         bench_pick(l.features, bench_rand(i, 5)) as feature_1,
         bench_pick(l.features, bench_rand(i, 6)) as feature_2,
         case when bench_rand(i, 7) < 0.4 then bench_pick($2::text[], bench_rand(i, 8)) else '' end as prefix,
         case when bench_rand(i, 9) < 0.5 then bench_pick($3::text[], bench_rand(i, 10)) else '' end as audience,
         case when bench_rand(i, 11) < 0.5 then ' ' else '' end as gap,
         (array[1, 1, 2, 2, 3, 5, 10])[1 + floor(bench_rand(i, 12) * 7)::int] as moq,
         case when bench_rand(i, 13) < 0.9 then 'active' when bench_rand(i, 13) < 0.97 then 'draft' else 'archived' end
           ::product_status as status,
         floor(bench_rand(i, 14) ^ 3 * 5000)::int as sales_count,
         now() - bench_rand(i, 15) * interval '730 days' as created_at,
         bench_rand(i, 16) < 0.6 as dropship,
         bench_rand(i, 17) < 0.06 as clearance,
         (array[1, 2, 3, 3, 4, 5, 6])[1 + floor(bench_rand(i, 18) * 7)::int] as colours,
         (array[1, 2, 2])[1 + floor(bench_rand(i, 19) * 3)::int] as sizes
       from generate_series(1, $1::int) i
       join bench_suppliers s on s.no = 1 + floor(bench_rand(i, 1) ^ 2 * $4::int)::int
       join bench_leaves l on l.top = s.top and l.leaf_no = 1 + floor(bench_rand(i, 2) * s.leaves)::int
     ) g join bench_leaves l on l.leaf_id = g.leaf_id`,
    [count, PREFIXES, AUDIENCES, supplierCount],
  );
  await client.query("alter table bench_gen add primary key (id)");
  await client.query("create index on bench_gen (seq)");
}

/** The products of the plan, with the summary refreshProductSummary keeps and their search vectors. */
async function insertProducts(client: pg.Client, hubId: string): Promise<void> {
  await client.query(
    `insert into products (hub_id, id, supplier_id, category_id, title, description, attributes, options, moq, status,
       sales_count, created_at, updated_at, price_fen, dropship_price_fen, available, clearance_quantity, search_vector)
     select $1, g.id, g.supplier_id, g.leaf_id, g.title, g.description,
       jsonb_build_array(jsonb_build_object('name', '材质', 'value', g.material),
                         jsonb_build_object('name', '风格', 'value', g.feature_1)),
       case when g.sizes = 1
         then jsonb_build_array(jsonb_build_object('name', '颜色', 'values', to_jsonb(($2::text[])[1:g.colours])))
         else jsonb_build_array(jsonb_build_object('name', '颜色', 'values', to_jsonb(($2::text[])[1:g.colours])),
                                jsonb_build_object('name', '尺码', 'values', to_jsonb(($3::text[])[1:g.sizes])))
       end,
       g.moq, g.status, g.sales_count, g.created_at, g.created_at,
       s.price_fen, s.dropship_price_fen, s.available, s.clearance_quantity,
       -- The same composition as search/document.ts's searchVectorSql.
       setweight(v.title::tsvector, 'A') || setweight(v.codes::tsvector, 'A') || setweight(v.labels::tsvector, 'B')
         || setweight(v.description::tsvector, 'C')
     from bench_gen g
     join bench_vectors v on v.id = g.id
     left join (
       select s.product_id, min(f.price_fen) as price_fen, min(s.dropship_price_fen) as dropship_price_fen,
         sum(s.on_hand - s.reserved)::int as available, sum(s.clearance_quantity)::int as clearance_quantity
       from skus s
       join (select distinct on (sku_id) sku_id, price_fen from sku_price_tiers where hub_id = $1
             order by sku_id, min_quantity) f on f.sku_id = s.id
       where s.hub_id = $1
       group by s.product_id
     ) s on s.product_id = g.id`,
    [hubId, COLOURS, SIZES],
  );
}

async function insertSkus(client: pg.Client, hubId: string): Promise<number> {
  // Variant k of a product: colour (k-1) % colours, size (k-1) / colours; bigger costs more.
  const { rowCount } = await client.query(
    `insert into skus (hub_id, product_id, supplier_id, code, option_values, weight_grams, on_hand, reserved,
       dropship_price_fen, retail_price_fen, clearance_quantity, clearance_price_fen, position, created_at)
     select $1, g.id, g.supplier_id,
       'QY' || lpad(g.supplier_no::text, 3, '0') || '-' || lpad(g.seq::text, 6, '0') || '-' || k,
       case when g.sizes = 1 then jsonb_build_array(($2::text[])[1 + (k - 1) % g.colours])
         else jsonb_build_array(($2::text[])[1 + (k - 1) % g.colours], ($3::text[])[1 + (k - 1) / g.colours]) end,
       200 + (k - 1) / g.colours * 150,
       v.on_hand,
       case when v.on_hand > 0 and bench_rand(g.seq * 32 + k, 31) < 0.2 then v.on_hand / 10 else 0 end,
       case when g.dropship then (v.price * 1.15)::int end,
       v.price * 2,
       case when g.clearance and k % 2 = 1 then v.on_hand / 2 else 0 end,
       case when g.clearance then (v.price * 0.75)::int end,
       k - 1, g.created_at
     from bench_gen g
     cross join lateral generate_series(1, g.colours * g.sizes) k
     cross join lateral (select g.base_price + (k - 1) / g.colours * 300 as price,
       case when bench_rand(g.seq * 32 + k, 30) < 0.1 then 0 else floor(bench_rand(g.seq * 32 + k, 32) * 2000)::int end
         as on_hand) v`,
    [hubId, COLOURS, SIZES],
  );
  await client.query(
    `insert into sku_price_tiers (hub_id, sku_id, min_quantity, price_fen)
     select $1, s.id, t.min_quantity, t.price_fen
     from skus s join bench_gen g on g.id = s.product_id
     cross join lateral (select g.base_price + s.position / g.colours * 300 as price) v
     cross join lateral (values (g.moq, v.price), (50, (v.price * 0.92)::int), (300, (v.price * 0.85)::int)) t(min_quantity, price_fen)
     where s.hub_id = $1 and (t.min_quantity < 300 or bench_rand(g.seq, 33) < 0.3)`,
    [hubId],
  );
  return rowCount ?? 0;
}

async function insertPictures(client: pg.Client, hubId: string): Promise<void> {
  await client.query(
    `insert into pictures (hub_id, sha256, width, height, bytes, uploaded_by)
     select $1, encode(sha256(convert_to(g.id::text, 'UTF8')), 'hex'), 800, 800, 60000 + g.seq % 90000, g.supplier_id
     from bench_gen g where bench_rand(g.seq, 40) < 0.85`,
    [hubId],
  );
  await client.query(
    `insert into product_pictures (hub_id, product_id, position, sha256)
     select $1, g.id, 0, encode(sha256(convert_to(g.id::text, 'UTF8')), 'hex')
     from bench_gen g where bench_rand(g.seq, 40) < 0.85`,
    [hubId],
  );
}

const BATCH = 5000;

type PlannedText = {
  id: string;
  title: string;
  description: string;
  material: string;
  feature_1: string;
  category: string;
  parent: string;
  codes: string[];
};

/**
 * Search vectors of the planned products by the application's productDocument, a batch at a
 * time, into a staging table; the next batch is segmented while the database stores one.
 */
async function segmentProducts(client: pg.Client, hubId: string, log: (line: string) => void): Promise<void> {
  await client.query(
    "create unlogged table bench_vectors (id uuid, title text, codes text, labels text, description text)",
  );
  await client.query(
    `create unlogged table bench_codes as
       select product_id, array_agg(code order by position) as codes from skus where hub_id = $1 group by product_id`,
    [hubId],
  );
  await client.query("alter table bench_codes add primary key (product_id)");
  const read = (after: number) =>
    client.query<PlannedText & { seq: number }>(
      `select g.seq, g.id, g.title, g.description, g.material, g.feature_1, c.name as category, t.name as parent,
         coalesce(bc.codes, '{}') as codes
       from bench_gen g
       join categories c on c.hub_id = $1 and c.id = g.leaf_id
       join categories t on t.hub_id = $1 and t.id = c.parent_id
       left join bench_codes bc on bc.product_id = g.id
       where g.seq > $2 order by g.seq limit $3`,
      [hubId, after, BATCH],
    );
  let segmenting = 0;
  let done = 0;
  let pending: Promise<unknown> = Promise.resolve();
  // One connection, kept busy: it reads the next batch while this one is segmented, and
  // stores this one while the next is segmented.
  let next = read(0);
  for (;;) {
    const rows = (await next).rows;
    if (rows.length === 0) break;
    next = read(rows[rows.length - 1]?.seq as number);
    const start = performance.now();
    const documents = rows.map((row) =>
      productDocument({
        title: row.title,
        description: row.description,
        categoryNames: [row.category, row.parent],
        attributeValues: [row.material, row.feature_1],
        codes: row.codes,
      }),
    );
    segmenting += performance.now() - start;
    await pending;
    pending = client.query(
      `insert into bench_vectors select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        rows.map((r) => r.id),
        documents.map((d) => d.title),
        documents.map((d) => d.codes),
        documents.map((d) => d.labels),
        documents.map((d) => d.description),
      ],
    );
    done += rows.length;
    if (done % 100_000 < BATCH) log(`    ${done} products segmented`);
  }
  await pending;
  log(`    jieba: ${(segmenting / 1000).toFixed(1)} s for ${done} products`);
  await client.query("alter table bench_vectors add primary key (id)");
  await client.query("drop table bench_codes");
}
