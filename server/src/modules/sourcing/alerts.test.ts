import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../../test/app.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { listProduct, type Member, member, village } from "./test-fixtures.js";

let t: TestApp;
let hubId: string;
let supplier: Member;
let wholeShop: Member;
let skuShop: Member;
let bystander: Member;
let tote: { id: string; skus: { id: string; code: string }[] };

type Alert = { id: string; kind: string; skuId: string | null; message: string; details: Record<string, unknown> };
const inboxOf = async (shop: Member, query = "", language = "zh-CN") =>
  (await shop.browser.get(`/api/orgs/${shop.orgId}/alerts${query}`, { "accept-language": language })).json() as {
    unread: number;
    alerts: Alert[];
  };
const skuUrl = (i: number) => `/api/orgs/${supplier.orgId}/products/${tote.id}/skus/${tote.skus[i]?.id}`;
const skuFields = (dropshipPriceFen: number, firstTierFen = 2500) => ({
  weightGrams: 300,
  dropshipPriceFen,
  tiers: [{ minQuantity: 2, priceFen: firstTierFen }],
});

beforeAll(async () => {
  t = await testApp();
  ({ hubId, supplier, shop: wholeShop } = await village(t));
  skuShop = await member(t, hubId, "shop", "只选一个规格的店");
  bystander = await member(t, hubId, "shop", "没选这个包的店");
  tote = await listProduct(supplier, toteBag());
  await wholeShop.browser.post(`/api/orgs/${wholeShop.orgId}/picks`, { productId: tote.id });
  await skuShop.browser.post(`/api/orgs/${skuShop.orgId}/picks`, { productId: tote.id, skuId: tote.skus[0]?.id });
});
afterAll(() => t.close());

describe("alerts", () => {
  it("tells every shop that picked a variant when its cost changes, old and new, and no one else", async () => {
    expect((await supplier.browser.put(skuUrl(0), skuFields(3000))).statusCode).toBe(200);
    for (const shop of [wholeShop, skuShop]) {
      const { unread, alerts } = await inboxOf(shop);
      expect(unread).toBe(1);
      expect(alerts[0]).toMatchObject({
        kind: "price_changed",
        skuId: tote.skus[0]?.id,
        details: { code: "TOTE-1", costBefore: 2800, costAfter: 3000 },
        message: "「帆布托特包 大容量 通勤单肩包」 TOTE-1（米白 / 小号） 的进价从 ¥28.00 变为 ¥30.00",
      });
    }
    expect((await inboxOf(bystander)).alerts).toEqual([]);
  });

  it("says it in English to an English reader", async () => {
    const { alerts } = await inboxOf(wholeShop, "", "en");
    expect(alerts[0]?.message).toBe(
      "The cost of “帆布托特包 大容量 通勤单肩包” TOTE-1 (米白 / 小号) went from ¥28.00 to ¥30.00",
    );
  });

  it("does not alert a change of a price the shops do not pay", async () => {
    // Dropship price unchanged, only the wholesale tier moved: the cost is still ¥30.00.
    await supplier.browser.put(skuUrl(0), skuFields(3000, 2400));
    expect((await inboxOf(wholeShop)).unread).toBe(1);
  });

  it("alerts only shops whose pick covers the variant that ran out and came back", async () => {
    const stock = (i: number, onHand: number) =>
      supplier.browser.post(`/api/orgs/${supplier.orgId}/products/${tote.id}/skus/${tote.skus[i]?.id}/stock`, {
        onHand,
      });
    await stock(1, 0);
    await stock(1, 12);
    const whole = await inboxOf(wholeShop);
    expect(
      whole.alerts
        .slice(0, 2)
        .map((a) => a.kind)
        .sort(),
    ).toEqual(["back_in_stock", "out_of_stock"]);
    const back = whole.alerts.find((a) => a.kind === "back_in_stock");
    expect(back?.message).toBe("「帆布托特包 大容量 通勤单肩包」 TOTE-2（米白 / 中号） 已补货，现有 12 件");
    expect((await inboxOf(skuShop)).alerts.map((a) => a.kind)).toEqual(["price_changed"]);
  });

  it("tells every shop that picked any of the product when the supplier withdraws it", async () => {
    await supplier.browser.patch(`/api/orgs/${supplier.orgId}/products/${tote.id}`, { status: "archived" });
    for (const shop of [wholeShop, skuShop]) {
      const archived = (await inboxOf(shop)).alerts.filter((a) => a.kind === "archived");
      expect(archived).toEqual([
        expect.objectContaining({ skuId: null, message: "「帆布托特包 大容量 通勤单肩包」已被供应商下架" }),
      ]);
    }
    expect((await inboxOf(bystander)).unread).toBe(0);
  });

  it("lists newest first and filters to the unread", async () => {
    const { alerts } = await inboxOf(wholeShop);
    expect(alerts.map((a) => a.kind)[0]).toBe("archived");
    expect(alerts.at(-1)?.kind).toBe("price_changed");
    expect((await inboxOf(wholeShop, "?unread=true")).alerts).toHaveLength(alerts.length);
  });

  it("marks some read, then all, and never another shop's", async () => {
    const { alerts, unread } = await inboxOf(wholeShop);
    const first = alerts[0]?.id as string;
    const foreign = (await inboxOf(skuShop)).alerts[0]?.id as string;
    const some = await wholeShop.browser.post(`/api/orgs/${wholeShop.orgId}/alerts/read`, { ids: [first, foreign] });
    expect(some.json()).toEqual({ unread: unread - 1 });
    expect((await inboxOf(wholeShop, "?unread=true")).alerts.map((a) => a.id)).not.toContain(first);
    expect((await inboxOf(skuShop)).unread).toBe(2);
    const all = await wholeShop.browser.post(`/api/orgs/${wholeShop.orgId}/alerts/read`, {});
    expect(all.json()).toEqual({ unread: 0 });
    expect((await inboxOf(wholeShop)).alerts).toHaveLength(alerts.length);
  });
});
