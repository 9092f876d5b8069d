import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../../test/app.js";
import { makeHub } from "../accounts/test-fixtures.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { listProduct, type Member, member, simpleProduct, village } from "./test-fixtures.js";

let t: TestApp;
let hubId: string;
let supplier: Member;
let shop: Member;
let tote: { id: string; skus: { id: string; code: string }[] };
let picksUrl: string;

beforeAll(async () => {
  t = await testApp();
  ({ hubId, supplier, shop } = await village(t));
  tote = await listProduct(supplier, toteBag());
  picksUrl = `/api/orgs/${shop.orgId}/picks`;
});
afterAll(() => t.close());

const ONE_POINT_EIGHT = {
  ranges: [{ fromFen: 0, kind: "multiply", factor: 1.8 }],
  rounding: "none",
  minMarginFen: 0,
  minMarginPercent: 0,
};

describe("picking products into the selection", () => {
  it("picks a whole product and shows each variant's cost, price under the rule, and margin", async () => {
    await shop.browser.put(`/api/orgs/${shop.orgId}/price-rule`, ONE_POINT_EIGHT);
    const response = await shop.browser.post(picksUrl, { productId: tote.id });
    expect(response.statusCode).toBe(201);
    const pick = response.json();
    expect(pick).toMatchObject({ productId: tote.id, skuId: null, title: "帆布托特包 大容量 通勤单肩包" });
    expect(pick.variants).toHaveLength(6);
    // The tote's dropship price is ¥28.00: the cost a dropshipping shop pays.
    expect(pick.variants[0]).toMatchObject({ code: "TOTE-1", costFen: 2800, priceFen: 5040, marginFen: 2240 });
    expect(pick).toMatchObject({ costFen: 2800, priceFen: 5040, marginFen: 2240 });
    expect((await shop.browser.get(picksUrl)).json().map((p: { id: string }) => p.id)).toEqual([pick.id]);
  });

  it("costs a variant without a dropship price at its first wholesale tier", async () => {
    const bangle = await listProduct(supplier, simpleProduct("BANGLE-1", "合金手镯", { tierFen: 1000 }));
    const pick = (await shop.browser.post(picksUrl, { productId: bangle.id })).json();
    expect(pick.variants[0]).toMatchObject({ costFen: 1000, priceFen: 1800, marginFen: 800 });
    await shop.browser.delete(`${picksUrl}/${pick.id}`);
  });

  it("refuses the same product twice", async () => {
    const again = await shop.browser.post(picksUrl, { productId: tote.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("already_picked");
  });

  it("lets one variant of a picked product carry its own price, and only that variant", async () => {
    const black = tote.skus[3] as { id: string; code: string };
    const response = await shop.browser.post(picksUrl, { productId: tote.id, skuId: black.id, priceOverrideFen: 6900 });
    expect(response.statusCode).toBe(201);
    expect(response.json().variants).toEqual([expect.objectContaining({ code: black.code, priceFen: 6900 })]);
    const whole = (await shop.browser.get(picksUrl)).json().find((p: { skuId: string | null }) => p.skuId === null);
    const prices = whole.variants.map((v: { priceFen: number }) => v.priceFen);
    expect(prices).toEqual([5040, 5040, 5040, 6900, 5040, 5040]);
    await shop.browser.delete(`${picksUrl}/${response.json().id}`);
  });

  it("keeps a title and a price of the shop's own, and clears them again", async () => {
    const pick = (await shop.browser.get(picksUrl)).json()[0];
    const changed = await shop.browser.patch(`${picksUrl}/${pick.id}`, {
      titleOverride: "  ins风帆布包 ",
      priceOverrideFen: 5990,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ title: "ins风帆布包", titleOverride: "ins风帆布包", priceFen: 5990 });
    expect(changed.json().marginFen).toBe(5990 - 2800);
    const cleared = await shop.browser.patch(`${picksUrl}/${pick.id}`, { titleOverride: null, priceOverrideFen: null });
    expect(cleared.json()).toMatchObject({ title: "帆布托特包 大容量 通勤单肩包", priceFen: 5040 });
  });

  it("answers 404 for another hub's product and for a draft, as if neither existed", async () => {
    const elsewhere = await member(t, (await makeHub(t.database.db)).id, "supplier", "外村工厂");
    const foreign = await listProduct(elsewhere, simpleProduct("FAR-1", "外村的包", { tierFen: 1000 }));
    const draft = await listProduct(supplier, {
      ...simpleProduct("DRAFT-1", "还没上架的包", { tierFen: 1000 }),
      status: "draft",
    });
    for (const productId of [foreign.id, draft.id, "00000000-0000-4000-8000-000000000009"]) {
      const response = await shop.browser.post(picksUrl, { productId });
      expect(response.statusCode, productId).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("refuses a variant of another product with 400, naming the field", async () => {
    const other = await listProduct(supplier, simpleProduct("OTHER-1", "另一个包", { tierFen: 1000 }));
    const response = await shop.browser.post(picksUrl, { productId: tote.id, skuId: other.skus[0].id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ path: "skuId", code: "sku_not_of_product" }),
    ]);
  });

  it("refuses a price override of zero, and changes nothing when asked to change nothing", async () => {
    const pick = (await shop.browser.get(picksUrl)).json()[0];
    expect((await shop.browser.patch(`${picksUrl}/${pick.id}`, { priceOverrideFen: 0 })).statusCode).toBe(400);
    const unchanged = await shop.browser.patch(`${picksUrl}/${pick.id}`, {});
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json()).toEqual(pick);
  });

  it("removes a pick, and answers 404 for a pick that is not the shop's", async () => {
    const other = await member(t, hubId, "shop", "隔壁网店");
    const theirs = (await other.browser.post(`/api/orgs/${other.orgId}/picks`, { productId: tote.id })).json();
    expect((await shop.browser.delete(`${picksUrl}/${theirs.id}`)).statusCode).toBe(404);
    expect((await shop.browser.patch(`${picksUrl}/${theirs.id}`, { priceOverrideFen: 1 })).statusCode).toBe(404);
    expect((await other.browser.delete(`/api/orgs/${other.orgId}/picks/${theirs.id}`)).statusCode).toBe(204);
    expect((await other.browser.get(`/api/orgs/${other.orgId}/picks`)).json()).toEqual([]);
  });

  it("is for shops: a supplier cannot keep a selection", async () => {
    const response = await supplier.browser.post(`/api/orgs/${supplier.orgId}/picks`, { productId: tote.id });
    expect(response.statusCode).toBe(403);
  });
});

describe("the price rule", () => {
  it("is the trade's default until the shop sets one", async () => {
    const newcomer = await member(t, hubId, "shop", "新开的店");
    const rule = (await newcomer.browser.get(`/api/orgs/${newcomer.orgId}/price-rule`)).json();
    expect(rule).toMatchObject({ isDefault: true, rounding: ".90" });
    expect(rule.ranges.map((r: { fromFen: number }) => r.fromFen)).toEqual([0, 2000, 5000]);
  });

  it("reprices the selection when the shop changes it", async () => {
    const rule = {
      ranges: [
        { fromFen: 0, kind: "multiply", factor: 2 },
        { fromFen: 2000, kind: "add", addFen: 1500 },
      ],
      rounding: ".99",
      minMarginFen: 500,
      minMarginPercent: 10,
    };
    const saved = await shop.browser.put(`/api/orgs/${shop.orgId}/price-rule`, rule);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ ...rule, isDefault: false });
    expect((await shop.browser.get(`/api/orgs/${shop.orgId}/price-rule`)).json()).toEqual({
      ...rule,
      isDefault: false,
    });
    const pick = (await shop.browser.get(picksUrl)).json()[0];
    // ¥28.00 + ¥15.00 = ¥43.00, raised to ¥43.99.
    expect(pick.variants[0]).toMatchObject({ costFen: 2800, priceFen: 4399, marginFen: 1599 });
  });

  it("refuses ranges that leave a cost without a range or overlap", async () => {
    const url = `/api/orgs/${shop.orgId}/price-rule`;
    const base = { rounding: "none", minMarginFen: 0, minMarginPercent: 0 };
    const gap = await shop.browser.put(url, { ...base, ranges: [{ fromFen: 100, kind: "add", addFen: 1 }] });
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error.details).toEqual([
      expect.objectContaining({ path: "ranges.0.fromFen", code: "price_ranges_start_at_zero" }),
    ]);
    const overlap = await shop.browser.put(url, {
      ...base,
      ranges: [
        { fromFen: 0, kind: "add", addFen: 1 },
        { fromFen: 5000, kind: "add", addFen: 1 },
        { fromFen: 5000, kind: "add", addFen: 2 },
      ],
    });
    expect(overlap.json().error.details.map((d: { path: string }) => d.path)).toEqual(["ranges.2.fromFen"]);
    const tooFine = await shop.browser.put(url, { ...base, ranges: [{ fromFen: 0, kind: "multiply", factor: 1.805 }] });
    expect(tooFine.statusCode).toBe(400);
  });
});
