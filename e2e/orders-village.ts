import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, type Browser, expect } from "@playwright/test";

/** The password of the people this journey signs up. */
export const password = "village-2024";

const fixtures = fileURLToPath(new URL("../server/src/modules/orders/ingest/fixtures/", import.meta.url));

/** The GBK Taobao export pair as 千牛 names its downloads: 订单报表 and 宝贝报表. */
export function taobaoExportPair() {
  return [
    { name: "ExportOrderList202405.csv", file: "taobao-orders-gbk.csv" },
    { name: "ExportOrderDetailList202405.csv", file: "taobao-items-gbk.csv" },
  ].map(({ name, file }) => ({ name, mimeType: "text/csv", buffer: fs.readFileSync(`${fixtures}${file}`) }));
}

async function ok<T>(
  response: Promise<{ ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<T> }>,
) {
  const answer = await response;
  expect(answer.ok(), `${answer.status()}: ${await answer.text()}`).toBe(true);
  return answer.json();
}

/** A person signs up through the API and opens an organisation in the demo hub; returns its id. */
async function organisation(
  request: APIRequestContext,
  who: { email: string; name: string; org: string },
  kind: string,
) {
  await ok(request.post("/api/auth/signup", { data: { email: who.email, password, name: who.name } }));
  const hubs = await ok<{ id: string; name: string }[]>(request.get("/api/hubs"));
  const hub = hubs.find((one) => one.name === "青岩刘电商村") ?? hubs[0];
  const made = await ok<{ id: string }>(request.post("/api/orgs", { data: { hubId: hub?.id, kind, name: who.org } }));
  return { orgId: made.id, hubId: hub?.id ?? "" };
}

const sku = (code: string, optionValues: string[], onHand: number, wholesaleFen: number, dropshipFen: number) => ({
  code,
  optionValues,
  onHand,
  weightGrams: 400,
  dropshipPriceFen: dropshipFen,
  tiers: [{ minQuantity: 1, priceFen: wholesaleFen }],
});

/**
 * A bag factory listing the two products the Taobao fixtures sold — the tote in black (20 in
 * stock) and wine red (1 only, so an order of 2 is backordered) and the pouch set — and a
 * newcomer shop that picked both. Set up through the API, as the people would in the app.
 */
export async function bagVillage(browser: Browser, origin: string, people: { supplier: Person; shop: Person }) {
  // A request not made by a page must say it comes from the app itself (the server refuses other sites).
  const sameOrigin = { extraHTTPHeaders: { origin } };
  const supplierContext = await browser.newContext(sameOrigin);
  const supplier = await organisation(supplierContext.request, people.supplier, "supplier");
  const product = (data: object) =>
    ok<{ id: string }>(supplierContext.request.post(`/api/orgs/${supplier.orgId}/products`, { data }));
  const bag = await product({
    title: "复古手提包女 大容量通勤托特包",
    status: "active",
    options: [{ name: "颜色", values: ["黑色", "酒红色"] }],
    skus: [sku("QYL-BAG-001-BK", ["黑色"], 20, 3800, 4200), sku("QYL-BAG-001-RD", ["酒红色"], 1, 3800, 4200)],
  });
  const pouch = await product({
    title: "帆布收纳袋 三件套",
    status: "active",
    options: [
      { name: "颜色", values: ["米白"] },
      { name: "尺码", values: ["大号"] },
    ],
    skus: [sku("QYL-POUCH-02-L", ["米白", "大号"], 50, 990, 1200)],
  });
  await supplierContext.close();

  const shopContext = await browser.newContext(sameOrigin);
  const shop = await organisation(shopContext.request, people.shop, "shop");
  for (const picked of [bag, pouch])
    await ok(shopContext.request.post(`/api/orgs/${shop.orgId}/picks`, { data: { productId: picked.id } }));
  await shopContext.close();
  return { hubId: shop.hubId, supplierId: supplier.orgId, shopId: shop.orgId };
}

export type Person = { email: string; name: string; org: string };
