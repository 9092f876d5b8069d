import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import type { Database } from "../../../db/connection.js";
import { queryRows } from "../../../db/connection.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { listCategories } from "../categories.js";
import { searchVectorSql } from "./document.js";
import type { SearchFilters } from "./filters.js";
import { type SearchItem, SORTS, type Sort } from "./query.js";
import { productDocument } from "./segment.js";
import { type SearchInput, searchProducts } from "./service.js";

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

// Few distinct values, so that many products tie on every sort key.
const TITLES = ["帆布托特包", "真皮托特包 通勤", "帆布双肩包", "925银耳钉", "珍珠耳钉 银色", "收纳箱"];
const PRICES = [500, 1000, 1000, 2500];
const SALES = [0, 3, 3, 9];

const ProductShape = fc.record({
  title: fc.constantFrom(...TITLES),
  status: fc.constantFrom("active", "active", "active", "active", "active", "active", "draft", "archived"),
  supplier: fc.nat(2),
  category: fc.option(fc.nat(5), { nil: null }),
  // Microseconds apart: the cursor must carry created_at exactly.
  createdMicros: fc.nat(2),
  price: fc.option(fc.constantFrom(...PRICES), { nil: null, freq: 12 }),
  dropship: fc.boolean(),
  available: fc.constantFrom(0, 4),
  clearance: fc.constantFrom(0, 0, 2),
  sales: fc.constantFrom(...SALES),
});
type ProductShape = typeof ProductShape extends fc.Arbitrary<infer T> ? T : never;

// Each filter is set now and then: with all of them at once, little would be left to page through.
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary, weight: 1 });

const SearchShape = fc.record({
  q: fc.constantFrom(undefined, undefined, undefined, "托特包", "耳钉", "帆布", "银", "包"),
  sort: sometimes(fc.constantFrom(...SORTS)),
  limit: fc.integer({ min: 1, max: 4 }),
  category: sometimes(fc.nat(5)),
  supplier: sometimes(fc.nat(2)),
  priceMin: sometimes(fc.constantFrom(...PRICES)),
  priceMax: sometimes(fc.constantFrom(...PRICES)),
  dropship: sometimes(fc.boolean()),
  inStock: sometimes(fc.boolean()),
  clearance: sometimes(fc.boolean()),
});
type SearchShape = typeof SearchShape extends fc.Arbitrary<infer T> ? T : never;

type Catalog = {
  hubId: string;
  suppliers: string[];
  /** Two top-level categories, each followed by its two children. */
  categories: { id: string; parentId: string | null }[];
  products: (ProductShape & { id: string })[];
};

async function makeCatalog(shapes: ProductShape[]): Promise<Catalog> {
  const db = database.db;
  const hubId = (await makeHub(db)).id;
  const suppliers = (
    await queryRows<{ id: string }>(
      db,
      sql`insert into organisations (hub_id, kind, name)
          select ${hubId}, 'supplier', '供应商' || n from generate_series(1, 3) n returning id`,
    )
  ).map((row) => row.id);
  const tree = await listCategories(db, hubId);
  const categories = tree
    .filter((c) => c.parentId === null)
    .slice(0, 2)
    .flatMap((top) => [top, ...tree.filter((c) => c.parentId === top.id).slice(0, 2)]);
  const products: Catalog["products"] = [];
  for (const shape of shapes) {
    const category = shape.category === null ? null : (categories[shape.category] ?? null);
    const document = productDocument({
      title: shape.title,
      categoryNames: [],
      attributeValues: [],
      description: "",
      codes: [],
    });
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`insert into products (hub_id, supplier_id, category_id, title, status, price_fen, dropship_price_fen,
            available, clearance_quantity, sales_count, created_at, search_vector)
          values (${hubId}, ${suppliers[shape.supplier]}, ${category?.id ?? null}, ${shape.title}, ${shape.status},
            ${shape.price}, ${shape.dropship ? 900 : null}, ${shape.available}, ${shape.clearance}, ${shape.sales},
            timestamptz '2024-06-01 08:00:00.000001+08' + ${shape.createdMicros} * interval '1 microsecond',
            ${searchVectorSql(document)})
          returning id`,
    );
    products.push({ ...shape, id: row?.id as string });
  }
  return { hubId, suppliers, categories, products };
}

function inputOf(catalog: Catalog, shape: SearchShape): SearchInput {
  return {
    ...shape,
    category: shape.category === undefined ? undefined : catalog.categories[shape.category]?.id,
    supplier: shape.supplier === undefined ? undefined : catalog.suppliers[shape.supplier],
  };
}

async function walk(hubId: string, input: SearchInput): Promise<{ items: SearchItem[]; pages: number }> {
  const items: SearchItem[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 100; pages++) {
    const page = await searchProducts(database.db, hubId, { ...input, cursor });
    if (page.items.length > input.limit) throw new Error("a page longer than its limit");
    items.push(...page.items);
    if (!page.nextCursor) return { items, pages };
    cursor = page.nextCursor;
  }
  throw new Error("more than 100 pages");
}

/** What the filters alone let through, computed here from the catalog as generated. */
function listed(catalog: Catalog, filters: SearchFilters) {
  const chosen = filters.category;
  return catalog.products.filter((p) => {
    const category = catalog.categories[p.category ?? -1];
    return (
      p.status === "active" &&
      p.price !== null &&
      (!chosen || (category !== undefined && (category.id === chosen || category.parentId === chosen))) &&
      (!filters.supplier || catalog.suppliers[p.supplier] === filters.supplier) &&
      (filters.priceMin === undefined || p.price >= filters.priceMin) &&
      (filters.priceMax === undefined || p.price <= filters.priceMax) &&
      (!filters.dropship || p.dropship) &&
      (!filters.inStock || p.available > 0) &&
      (!filters.clearance || p.clearance > 0)
    );
  });
}

type Shape = Catalog["products"][number];
const byId = (a: Shape, b: Shape) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ORDERS: Record<Exclude<Sort, "relevance">, (a: Shape, b: Shape) => number> = {
  newest: (a, b) => b.createdMicros - a.createdMicros || byId(b, a),
  price_asc: (a, b) => (a.price ?? 0) - (b.price ?? 0) || byId(a, b),
  price_desc: (a, b) => (b.price ?? 0) - (a.price ?? 0) || byId(b, a),
  sales: (a, b) => b.sales - a.sales || byId(b, a),
};

describe("walking the pages of a search", () => {
  it("returns every matching product exactly once, in order, whatever the page size", async () => {
    const walked: number[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(ProductShape, { minLength: 15, maxLength: 40 }),
        fc.array(SearchShape, { minLength: 1, maxLength: 4 }),
        async (shapes, searches) => {
          const catalog = await makeCatalog(shapes);
          for (const shape of searches) {
            const input = inputOf(catalog, shape);
            if (input.priceMin !== undefined && input.priceMax !== undefined && input.priceMin > input.priceMax)
              continue;
            const { items, pages } = await walk(catalog.hubId, input);
            const ids = items.map((item) => item.id);
            expect(new Set(ids).size).toBe(ids.length);
            expect(pages).toBe(Math.max(1, Math.ceil(ids.length / input.limit)));
            walked.push(pages);

            // The same list as one long page.
            const whole = await searchProducts(database.db, catalog.hubId, { ...input, limit: 60 });
            expect(ids).toEqual(whole.items.map((item) => item.id));

            const allowed = listed(catalog, input);
            if (input.q === undefined) {
              const order = ORDERS[input.sort === undefined || input.sort === "relevance" ? "newest" : input.sort];
              expect(ids).toEqual([...allowed].sort(order).map((p) => p.id));
            } else {
              const allowedIds = new Set(allowed.map((p) => p.id));
              expect(ids.every((id) => allowedIds.has(id))).toBe(true);
            }

            // The counts describe the same products.
            const facets = whole.facets;
            expect(facets?.total).toBe(ids.length);
            expect(facets?.dropship).toBe(items.filter((i) => i.dropshipPriceFen !== null).length);
            expect(facets?.inStock).toBe(items.filter((i) => i.available > 0).length);
            expect(facets?.clearance).toBe(items.filter((i) => i.clearanceQuantity > 0).length);
            if (input.category === undefined)
              for (const c of catalog.categories) {
                const inside = (id: string | null) =>
                  id === c.id || catalog.categories.find((d) => d.id === id)?.parentId === c.id;
                const count = facets?.categories.find((f) => f.categoryId === c.id)?.count ?? 0;
                expect(count).toBe(items.filter((i) => inside(i.categoryId)).length);
              }
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property is about paging: most searches must have had several pages.
    expect(walked.filter((pages) => pages >= 2).length).toBeGreaterThan(walked.length / 3);
  }, 120_000);
});

describe("search vector literals", () => {
  it("hold exactly the words given, whatever characters they contain", async () => {
    const word = fc.string({
      minLength: 1,
      maxLength: 8,
      unit: fc.constantFrom("a", "'", "\\", "包", " ", ":", "&", "1"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 6 }), async (words) => {
        // SKU codes have no spaces; any other character is kept as typed.
        const codes = words.map((w) => w.replaceAll(" ", "")).filter((w) => w.length > 0);
        const document = productDocument({ title: "", categoryNames: [], attributeValues: [], description: "", codes });
        const [row] = await queryRows<{ lexemes: string[] }>(
          database.db,
          sql`select tsvector_to_array(${searchVectorSql(document)}) as lexemes`,
        );
        expect(new Set(row?.lexemes)).toEqual(new Set(codes));
      }),
      { numRuns: 100 },
    );
  });
});
