import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../../test/app.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { listProduct, type Member, simpleProduct, village } from "./test-fixtures.js";

let t: TestApp;
let supplier: Member;
let shop: Member;
let tote: { id: string; skus: { id: string }[] };
let feedUrl: string;

// As a shop's browser reaches the server: the URLs it is given must work from there.
const HOST = "cun.example.cn:8080";
const rotate = () =>
  shop.browser.call({
    method: "POST",
    url: `/api/orgs/${shop.orgId}/stock-feed`,
    body: {},
    headers: { host: HOST, origin: `http://${HOST}` },
  });
const fetchFeed = (url: string) => t.app.inject({ method: "GET", url: url.replace(`http://${HOST}`, "") });

beforeAll(async () => {
  t = await testApp();
  ({ supplier, shop } = await village(t));
  tote = await listProduct(supplier, toteBag());
  const bangle = await listProduct(supplier, simpleProduct("BANGLE-1", "合金手镯", { tierFen: 1000, onHand: 7 }));
  await shop.browser.put(`/api/orgs/${shop.orgId}/price-rule`, {
    ranges: [{ fromFen: 0, kind: "multiply", factor: 1.8 }],
    rounding: "none",
    minMarginFen: 0,
    minMarginPercent: 0,
  });
  await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: tote.id, skuId: tote.skus[1]?.id });
  await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: bangle.id, priceOverrideFen: 2990 });
});
afterAll(() => t.close());

describe("the stock feed", () => {
  it("has none until the shop asks for one", async () => {
    expect((await shop.browser.get(`/api/orgs/${shop.orgId}/stock-feed`)).json()).toEqual({ feed: null });
  });

  it("gives a secret URL at the request's origin once, and afterwards only its first characters", async () => {
    const response = await rotate();
    expect(response.statusCode).toBe(201);
    const { csvUrl, jsonUrl, prefix } = response.json();
    expect(csvUrl).toMatch(new RegExp(`^http://${HOST}/feeds/sf_[A-Za-z0-9_-]{43}\\.csv$`));
    expect(jsonUrl).toBe(csvUrl.replace(/\.csv$/, ".json"));
    expect(csvUrl).toContain(`/feeds/${prefix}`);
    feedUrl = csvUrl;
    const state = (await shop.browser.get(`/api/orgs/${shop.orgId}/stock-feed`)).json();
    expect(state.feed.prefix).toBe(prefix);
    expect(JSON.stringify(state)).not.toContain(csvUrl.split("/feeds/")[1]?.replace(".csv", ""));
  });

  it("lists every picked variant's SKU code, title, available quantity and the shop's price, without a login", async () => {
    const response = await fetchFeed(feedUrl);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(parse(response.body, { columns: true })).toEqual([
      { sku_code: "TOTE-2", title: "帆布托特包 大容量 通勤单肩包", available: "100", price: "50.40" },
      { sku_code: "BANGLE-1", title: "合金手镯", available: "7", price: "29.90" },
    ]);
    const json = (await fetchFeed(feedUrl.replace(/\.csv$/, ".json"))).json();
    expect(json.items).toEqual([
      { skuCode: "TOTE-2", title: "帆布托特包 大容量 通勤单肩包", available: 100, priceFen: 5040, price: "50.40" },
      { skuCode: "BANGLE-1", title: "合金手镯", available: 7, priceFen: 2990, price: "29.90" },
    ]);
  });

  it("follows the supplier's stock, and reads 0 once the product is withdrawn", async () => {
    const sku = tote.skus[1]?.id;
    await supplier.browser.post(`/api/orgs/${supplier.orgId}/products/${tote.id}/skus/${sku}/stock`, { onHand: 3 });
    expect((await fetchFeed(feedUrl.replace(/\.csv$/, ".json"))).json().items[0].available).toBe(3);
    await supplier.browser.patch(`/api/orgs/${supplier.orgId}/products/${tote.id}`, { status: "archived" });
    expect((await fetchFeed(feedUrl.replace(/\.csv$/, ".json"))).json().items[0].available).toBe(0);
  });

  it("answers 404 to an unknown token", async () => {
    const response = await t.app.inject({ method: "GET", url: "/feeds/sf_not-a-real-token.csv" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("stops answering the old URL once the shop makes a new one", async () => {
    const fresh = (await rotate()).json().csvUrl;
    expect(fresh).not.toBe(feedUrl);
    expect((await fetchFeed(feedUrl)).statusCode).toBe(404);
    expect((await fetchFeed(feedUrl.replace(/\.csv$/, ".json"))).statusCode).toBe(404);
    expect((await fetchFeed(fresh)).statusCode).toBe(200);
  });
});
