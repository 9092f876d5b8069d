import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../../test/app.js";
import { queryRows } from "../../../db/connection.js";
import { makeHub } from "../../accounts/test-fixtures.js";

let t: TestApp;
let hubId: string;
let shop: Browser;
const suppliers: Record<"bags" | "leather" | "jewellery", { browser: Browser; id: string }> = {} as never;
let category: Record<string, string>;
const ids: Record<string, string> = {};

type Item = {
  id: string;
  title: string;
  supplierId: string;
  supplierName: string;
  categoryId: string | null;
  picture: string | null;
  priceFen: number;
  dropshipPriceFen: number | null;
  available: number;
  clearanceQuantity: number;
  salesCount: number;
};
type Page = {
  items: Item[];
  nextCursor: string | null;
  facets: {
    total: number;
    categories: { categoryId: string; count: number }[];
    dropship: number;
    inStock: number;
    clearance: number;
  } | null;
};

async function orgOf(browser: Browser, email: string, kind: string, name: string, hub = hubId): Promise<string> {
  await browser.signUp(email);
  return (await browser.post("/api/orgs", { hubId: hub, kind, name })).json().id;
}

type Listing = {
  title: string;
  description?: string;
  category?: string;
  code: string;
  priceFen: number;
  dropshipPriceFen?: number;
  onHand: number;
  clearanceQuantity?: number;
  status?: "draft" | "active" | "archived";
};

/** One variant, one wholesale tier: enough to be found, filtered and sorted. */
function listing(l: Listing) {
  return {
    title: l.title,
    description: l.description ?? "",
    categoryId: l.category ? category[l.category] : null,
    status: l.status ?? "active",
    skus: [
      {
        code: l.code,
        optionValues: [],
        weightGrams: 300,
        onHand: l.onHand,
        dropshipPriceFen: l.dropshipPriceFen ?? null,
        clearanceQuantity: l.clearanceQuantity ?? 0,
        clearancePriceFen: l.clearanceQuantity ? Math.round(l.priceFen * 0.7) : null,
        tiers: [{ minQuantity: 1, priceFen: l.priceFen }],
      },
    ],
  };
}

async function list(supplier: keyof typeof suppliers, key: string, l: Listing): Promise<string> {
  const { browser, id } = suppliers[supplier];
  const response = await browser.post(`/api/orgs/${id}/products`, listing(l));
  if (response.statusCode !== 201) throw new Error(`listing ${key} failed: ${response.body}`);
  ids[key] = response.json().id;
  return ids[key] as string;
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return `/api/hubs/${hubId}/products?${search}`;
}

async function search(params: Record<string, string | number | boolean | undefined>, as = shop): Promise<Page> {
  const response = await as.get(query(params));
  if (response.statusCode !== 200) throw new Error(`search failed (${response.statusCode}): ${response.body}`);
  return response.json();
}

/** Every product of a search, page after page. */
async function all(params: Record<string, string | number | boolean | undefined>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await search({ ...params, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error("more than 100 pages");
}

const keysOf = (items: Item[]) => items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

beforeAll(async () => {
  t = await testApp();
  hubId = (await makeHub(t.database.db)).id;
  for (const [key, email, name] of [
    ["bags", "bags@example.com", "青岩刘箱包厂"],
    ["leather", "leather@example.com", "白沟皮具厂"],
    ["jewellery", "jewellery@example.com", "义乌小燕饰品行"],
  ] as const) {
    const browser = new Browser(t.app);
    suppliers[key] = { browser, id: await orgOf(browser, email, "supplier", name) };
  }
  shop = new Browser(t.app);
  await orgOf(shop, "shop@example.com", "shop", "小燕的网店");
  const tree = (await shop.get(`/api/hubs/${hubId}/categories`)).json() as { id: string; name: string }[];
  category = Object.fromEntries(tree.map((c) => [c.name, c.id]));

  // Listed one after another, so "newest" is the reverse of this order.
  await list("bags", "tote", {
    title: "帆布托特包大容量通勤单肩包",
    description: "加厚帆布，内有拉链袋",
    category: "女包",
    code: "TOTE-5",
    priceFen: 2500,
    dropshipPriceFen: 2800,
    onHand: 100,
  });
  await list("bags", "backpack", {
    title: "真皮双肩包 商务电脑包",
    category: "双肩包",
    code: "BP-100",
    priceFen: 8800,
    onHand: 0,
  });
  await list("leather", "leatherTote", {
    title: "复古牛皮托特包 手提包",
    category: "女包",
    code: "NIU-7",
    priceFen: 12_000,
    dropshipPriceFen: 13_000,
    onHand: 5,
    clearanceQuantity: 3,
  });
  await list("leather", "crossbody", {
    title: "PU皮斜挎包 通勤",
    description: "可以和托特包搭配",
    category: "箱包",
    code: "XK-1",
    priceFen: 3000,
    onHand: 20,
  });
  await list("jewellery", "earrings", {
    title: "925银耳钉 小众气质",
    category: "耳饰",
    code: "ER-01",
    priceFen: 1500,
    dropshipPriceFen: 1800,
    onHand: 50,
    clearanceQuantity: 10,
  });
  await list("jewellery", "clip", { title: "珍珠发夹", code: "FJ-1", priceFen: 500, onHand: 10 });
  await list("bags", "draft", { title: "托特包 样品", code: "DRAFT-1", priceFen: 900, onHand: 5, status: "draft" });
  await list("bags", "archived", { title: "旧款托特包", code: "OLD-1", priceFen: 900, onHand: 5 });
  const archive = await suppliers.bags.browser.patch(`/api/orgs/${suppliers.bags.id}/products/${ids.archived}`, {
    status: "archived",
  });
  expect(archive.statusCode).toBe(200);
  // Orders (a later module) count sales; here they are set directly.
  await t.database.db.execute(sql`update products set sales_count = 40 where id = ${ids.earrings}`);
  await t.database.db.execute(sql`update products set sales_count = 7 where id = ${ids.tote}`);

  // Another village's tote: never in this hub's supermarket.
  const otherHub = (await makeHub(t.database.db)).id;
  const outsider = new Browser(t.app);
  const outsiderId = await orgOf(outsider, "outsider@example.com", "supplier", "别村箱包厂", otherHub);
  const elsewhere = await outsider.post(`/api/orgs/${outsiderId}/products`, {
    ...listing({ title: "帆布托特包 别村", code: "TOTE-9", priceFen: 2000, onHand: 9 }),
    categoryId: null,
  });
  expect(elsewhere.statusCode).toBe(201);
  ids.elsewhere = elsewhere.json().id;
}, 60_000);
afterAll(() => t.close());

describe("finding products by words", () => {
  it("finds a Chinese keyword inside a longer run of words", async () => {
    const page = await search({ q: "托特包" });
    expect(keysOf(page.items)).toContain("tote");
    expect(page.items[0]?.title).toContain("托特包");
  });

  it("finds a word by its beginning, as it is being typed", async () => {
    expect(keysOf((await search({ q: "托特" })).items)).toContain("tote");
    expect(keysOf((await search({ q: "双肩" })).items)).toEqual(["backpack"]);
  });

  it("needs every word of the query", async () => {
    expect(keysOf((await search({ q: "帆布 通勤" })).items)).toEqual(["tote"]);
    expect(keysOf((await search({ q: "牛皮 手提包" })).items)).toEqual(["leatherTote"]);
  });

  it("finds part of a title the segmenter cuts differently", async () => {
    // 帆布|托特|包: "布托特" is no word of the title, but the title contains it.
    expect(keysOf((await search({ q: "布托特" })).items)).toEqual(["tote"]);
  });

  it("finds a product by a SKU code, whole, by its beginning, in any case or width", async () => {
    expect(keysOf((await search({ q: "TOTE-5" })).items)).toEqual(["tote"]);
    expect(keysOf((await search({ q: "tote-5" })).items)).toEqual(["tote"]);
    expect(keysOf((await search({ q: "ＢＰ－１" })).items)).toEqual(["backpack"]);
    expect(keysOf((await search({ q: "niu" })).items)).toEqual(["leatherTote"]);
  });

  it("finds a product by a SKU code the segmenter cuts apart", async () => {
    const { browser, id } = suppliers.jewellery;
    const product = await browser.post(
      `/api/orgs/${id}/products`,
      listing({ title: "发圈 三件套", code: "HQ/2024.05_B", priceFen: 300, onHand: 0 }),
    );
    ids.scrunchie = product.json().id;
    for (const q of ["HQ/2024.05_B", "hq/2024", "HQ/2024.05_"])
      expect(keysOf((await search({ q })).items), q).toEqual(["scrunchie"]);
    // Out of the way of the tests that count the supermarket.
    await browser.patch(`/api/orgs/${id}/products/${ids.scrunchie}`, { status: "archived" });
  });

  it("finds a product by its category's name and its description", async () => {
    expect(keysOf((await search({ q: "耳饰" })).items)).toEqual(["earrings"]);
    expect(keysOf((await search({ q: "拉链袋" })).items)).toEqual(["tote"]);
  });

  it("ranks a match in the title above one in the description", async () => {
    const titles = keysOf((await search({ q: "托特包" })).items);
    expect(titles).toEqual(expect.arrayContaining(["tote", "leatherTote", "crossbody"]));
    expect(titles.indexOf("crossbody")).toBe(titles.length - 1);
  });

  it("finds nothing for words no product has", async () => {
    const page = await search({ q: "拖拉机" });
    expect(page.items).toEqual([]);
    expect(page.facets?.total).toBe(0);
  });

  it("never shows drafts, archived products or another village's products", async () => {
    const found = [...(await all({ q: "托特包" })), ...(await all({})), ...(await all({ q: "TOTE" }))];
    const shown = new Set(found.map((item) => item.id));
    for (const key of ["draft", "archived", "elsewhere"]) expect(shown.has(ids[key] as string)).toBe(false);
    expect(shown.size).toBe(6);
  });

  it("describes each product as the supermarket lists it", async () => {
    const [item] = (await search({ q: "TOTE-5" })).items;
    expect(item).toEqual({
      id: ids.tote,
      title: "帆布托特包大容量通勤单肩包",
      supplierId: suppliers.bags.id,
      supplierName: "青岩刘箱包厂",
      categoryId: category.女包,
      picture: null,
      priceFen: 2500,
      dropshipPriceFen: 2800,
      available: 100,
      clearanceQuantity: 0,
      salesCount: 7,
    });
  });

  it("shows the main picture of a product that has pictures", async () => {
    const sha = "a".repeat(64);
    await t.database.db.execute(
      sql`insert into pictures (hub_id, sha256, width, height, bytes, uploaded_by) values (${hubId}, ${sha}, 800, 800, 1000, ${suppliers.bags.id})`,
    );
    await t.database.db.execute(
      sql`insert into product_pictures (hub_id, product_id, position, sha256) values (${hubId}, ${ids.backpack}, 0, ${sha})`,
    );
    expect((await search({ q: "BP-100" })).items[0]?.picture).toBe(sha);
  });
});

describe("filters", () => {
  const everyKey = ["tote", "backpack", "leatherTote", "crossbody", "earrings", "clip"];
  const cases: [string, Record<string, string | number>, string[]][] = [
    ["a top-level category, with its children", { category: "箱包" }, ["tote", "backpack", "leatherTote", "crossbody"]],
    ["a child category", { category: "女包" }, ["tote", "leatherTote"]],
    ["a supplier", { supplier: "leather" }, ["leatherTote", "crossbody"]],
    ["a lowest price", { priceMin: 3000 }, ["backpack", "leatherTote", "crossbody"]],
    ["a highest price", { priceMax: 2500 }, ["tote", "earrings", "clip"]],
    ["a price range", { priceMin: 1500, priceMax: 3000 }, ["tote", "crossbody", "earrings"]],
  ];
  const switches: [string, Record<string, boolean>, string[]][] = [
    ["dropship", { dropship: true }, ["tote", "leatherTote", "earrings"]],
    ["in stock", { inStock: true }, everyKey.filter((key) => key !== "backpack")],
    ["clearance", { clearance: true }, ["leatherTote", "earrings"]],
    [
      "dropship and in stock and clearance",
      { dropship: true, inStock: true, clearance: true },
      ["leatherTote", "earrings"],
    ],
  ];

  function resolve(params: Record<string, string | number | boolean>) {
    const out: Record<string, string | number | boolean> = { ...params };
    if (typeof params.category === "string") out.category = category[params.category] as string;
    if (typeof params.supplier === "string") out.supplier = suppliers[params.supplier as keyof typeof suppliers].id;
    return out;
  }

  it.each([...cases, ...switches])("narrows to %s", async (_name, params, expected) => {
    expect(keysOf(await all(resolve(params))).sort()).toEqual([...expected].sort());
  });

  it("combines filters with a query", async () => {
    expect(keysOf(await all({ q: "托特包", ...resolve({ dropship: true, priceMin: 5000 }) }))).toEqual(["leatherTote"]);
    expect(keysOf(await all({ q: "包", ...resolve({ supplier: "bags", inStock: true }) }))).toEqual(["tote"]);
  });

  it("does not filter when a switch is false", async () => {
    expect((await all({ dropship: false, inStock: false, clearance: false })).length).toBe(everyKey.length);
  });

  it("counts, for each refinement, exactly the products it would show", async () => {
    const searches: Record<string, string | number | boolean>[] = [
      {},
      { q: "包" },
      { q: "托特包", inStock: true },
      { priceMax: 9000 },
      { category: "箱包" },
    ];
    for (const params of searches) {
      const base = resolve(params);
      const page = await search(base);
      const facets = page.facets;
      if (!facets) throw new Error("no facets on a first page");
      expect(facets.total).toBe((await all(base)).length);
      for (const key of ["dropship", "inStock", "clearance"] as const)
        expect(facets[key]).toBe((await all({ ...base, [key]: true })).length);
      const shown = new Set(facets.categories.map((c) => c.categoryId));
      for (const id of Object.values(category)) {
        const count = (await all({ ...base, category: id })).length;
        expect(facets.categories.find((c) => c.categoryId === id)?.count ?? 0).toBe(count);
        expect(shown.has(id)).toBe(count > 0);
      }
    }
  });

  it("gives the counts on the first page only, and not at all when asked not to", async () => {
    const first = await search({ limit: 2 });
    expect(first.facets?.total).toBe(everyKey.length);
    expect((await search({ limit: 2, cursor: first.nextCursor ?? "" })).facets).toBeNull();
    const bare = await search({ limit: 2, facets: false });
    expect(bare.facets).toBeNull();
    expect(bare.items).toEqual(first.items);
  });
});

describe("sorting", () => {
  it("lists the newest first without a query, and by relevance with one", async () => {
    expect(keysOf(await all({}))).toEqual(["clip", "earrings", "crossbody", "leatherTote", "backpack", "tote"]);
    expect(keysOf(await all({ q: "托特包" }))[2]).toBe("crossbody");
  });

  it.each([
    ["price_asc", ["clip", "earrings", "tote", "crossbody", "backpack", "leatherTote"]],
    ["price_desc", ["leatherTote", "backpack", "crossbody", "tote", "earrings", "clip"]],
    ["newest", ["clip", "earrings", "crossbody", "leatherTote", "backpack", "tote"]],
  ])("sorts by %s", async (sort, expected) => {
    expect(keysOf(await all({ sort, limit: 4 }))).toEqual(expected);
  });

  it("sorts by sales, best sellers first", async () => {
    expect(keysOf(await all({ sort: "sales" })).slice(0, 2)).toEqual(["earrings", "tote"]);
  });

  it("sorts by relevance only with a query: without one it means newest", async () => {
    expect(keysOf(await all({ sort: "relevance" }))).toEqual(keysOf(await all({ sort: "newest" })));
  });
});

describe("who may search", () => {
  it("is for people working in the hub: anyone else gets 404", async () => {
    const stranger = new Browser(t.app);
    await stranger.signUp("stranger@example.com");
    expect((await stranger.get(query({ q: "托特包" }))).statusCode).toBe(404);
    expect((await new Browser(t.app).get(query({ q: "托特包" }))).statusCode).toBe(401);
    expect((await suppliers.jewellery.browser.get(query({ q: "托特包" }))).statusCode).toBe(200);
  });
});

describe("bad parameters", () => {
  async function refused(params: Record<string, string | number>, language: "zh-CN" | "en" = "zh-CN") {
    const response = await shop.get(query(params), { "accept-language": language });
    expect(response.statusCode).toBe(400);
    return response.json().error as { code: string; message: string; details: { path: string; message: string }[] };
  }

  it("refuses a lowest price above the highest, saying so in Chinese and English", async () => {
    const zh = await refused({ priceMin: 5000, priceMax: 1000 });
    expect(zh.code).toBe("search_price_range_reversed");
    expect(zh.message).toContain("最低价 5000 分高于最高价 1000 分");
    expect(zh.details[0]?.path).toBe("priceMax");
    const en = await refused({ priceMin: 5000, priceMax: 1000 }, "en");
    expect(en.message).toContain("lowest price (5000 fen) is above the highest price (1000 fen)");
  });

  it("refuses an unknown sort, naming the field and the sorts there are", async () => {
    const error = await refused({ sort: "cheapest" }, "en");
    expect(error.code).toBe("validation_failed");
    expect(error.details[0]?.path).toBe("sort");
    expect(error.details[0]?.message).toContain("price_asc");
    expect((await refused({ sort: "cheapest" })).details[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses a malformed cursor, or one from another search", async () => {
    for (const cursor of [
      "not a cursor",
      "eyJ2IjoxfQ",
      Buffer.from('{"v":1,"search":"x","keys":[],"id":"1"}').toString("base64url"),
    ]) {
      const error = await refused({ cursor });
      expect(error.code).toBe("search_cursor_invalid");
      expect(error.message).toContain("翻页标记无效");
    }
    const first = await search({ sort: "price_asc", limit: 2 });
    const cursor = first.nextCursor ?? "";
    expect((await refused({ sort: "price_desc", cursor }, "en")).message).toContain("belongs to another search");
    expect((await refused({ sort: "price_asc", q: "包", cursor })).code).toBe("search_cursor_invalid");
  });

  it.each([
    ["limit", { limit: 61 }],
    ["limit", { limit: 0 }],
    ["priceMin", { priceMin: -1 }],
    ["priceMax", { priceMax: "十元" }],
    ["category", { category: "bags" }],
    ["dropship", { dropship: "yes" }],
  ])("refuses a bad %s", async (path, params) => {
    const error = await refused(params as Record<string, string | number>);
    expect(error.code).toBe("validation_failed");
    expect(error.details[0]?.path).toBe(path);
  });
});

describe("the search vector", () => {
  it("holds the title's words and the SKU codes whole, weighted above the description's", async () => {
    const [row] = await queryRows<{ words: string }>(
      t.database.db,
      sql`select search_vector::text as words from products where id = ${ids.tote}`,
    );
    const words = row?.words ?? "";
    expect(words).toMatch(/'托特':\d+A/);
    expect(words).toMatch(/'tote-5':\d+A/);
    expect(words).toMatch(/'女包':\d+B/);
    expect(words).toMatch(/'拉链':\d+C/);
  });

  it("follows an edit of the title", async () => {
    const product = (
      await suppliers.jewellery.browser.post(
        `/api/orgs/${suppliers.jewellery.id}/products`,
        listing({ title: "珍珠项链", code: "ZZ-1", priceFen: 800, onHand: 3 }),
      )
    ).json();
    ids.necklace = product.id;
    expect(keysOf((await search({ q: "项链" })).items)).toEqual(["necklace"]);
    await suppliers.jewellery.browser.patch(`/api/orgs/${suppliers.jewellery.id}/products/${product.id}`, {
      title: "珍珠手链",
    });
    expect(keysOf((await search({ q: "项链" })).items)).toEqual([]);
    expect(keysOf((await search({ q: "手链" })).items)).toEqual(["necklace"]);
    await suppliers.jewellery.browser.patch(`/api/orgs/${suppliers.jewellery.id}/products/${product.id}`, {
      status: "archived",
    });
    expect(keysOf((await search({ q: "手链" })).items)).toEqual([]);
  });
});
