import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";
import { addHubOperator } from "../accounts/hubs.js";
import { postFiles } from "../catalog/import/test-helpers.js";
import { listProduct, type Member, village } from "../sourcing/test-fixtures.js";
import { readPdf } from "./documents/testing/pdf-pages.js";

const fixture = (name: string) => fs.readFileSync(new URL(`./ingest/fixtures/${name}`, import.meta.url));
const taobaoPair = () => [
  { field: "files", name: "订单报表.csv", bytes: fixture("taobao-orders-gbk.csv") },
  { field: "files", name: "宝贝报表.csv", bytes: fixture("taobao-items-gbk.csv") },
];

let t: TestApp;
let hubId: string;
let supplier: Member;
let shop: Member;
let operator: Browser;

/** The bag and pouch of the Taobao fixtures, 5 of each colour, dropshipped at 30.00 and 9.00. */
function fixtureGoods() {
  const sku = (code: string, option: string, onHand: number, dropship: number) => ({
    code,
    optionValues: [option],
    weightGrams: 500,
    onHand,
    dropshipPriceFen: dropship,
    tiers: [{ minQuantity: 1, priceFen: dropship - 200 }],
  });
  return [
    {
      title: "复古手提包女 大容量通勤托特包",
      status: "active",
      options: [{ name: "颜色", values: ["黑色", "酒红色"] }],
      skus: [sku("QYL-BAG-001-BK", "黑色", 5, 3000), sku("QYL-BAG-001-RD", "酒红色", 1, 3000)],
    },
    {
      title: "帆布收纳袋 三件套",
      status: "active",
      options: [{ name: "尺码", values: ["大号"] }],
      skus: [sku("QYL-POUCH-02-L", "大号", 50, 900)],
    },
  ];
}

beforeAll(async () => {
  t = await testApp();
  ({ hubId, supplier, shop } = await village(t));
  for (const goods of fixtureGoods()) {
    const product = await listProduct(supplier, goods);
    await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: product.id });
  }
  operator = new Browser(t.app);
  const user = await operator.signUp("operator@example.com");
  await addHubOperator(t.database.db, hubId, user.id);
});
afterAll(() => t.close());

const upload = (files: ReturnType<typeof taobaoPair>) =>
  postFiles(t.app, shop.browser, `/api/orgs/${shop.orgId}/orders/imports`, files);

describe("orders over HTTP", () => {
  it("refuses an upload with a missing half of the Taobao pair, writing nothing", async () => {
    const response = await upload(taobaoPair().slice(0, 1));
    expect(response.statusCode).toBe(200);
    expect(response.json().problems.map((p: { code: string }) => p.code)).toEqual(["order_report_missing"]);
    expect((await shop.browser.get(`/api/orgs/${shop.orgId}/orders`)).json()).toEqual([]);
  });

  it("imports a GBK Taobao export: paid orders in, closed and unpaid ones skipped, lines covered or backordered", async () => {
    const response = await upload(taobaoPair());
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.problems).toEqual([]);
    expect(result.platform).toBe("taobao");
    expect(result.skipped.map((s: { status: string }) => s.status)).toContain("交易关闭");
    const orders = (await shop.browser.get(`/api/orgs/${shop.orgId}/orders`)).json();
    const lines = orders.flatMap((order: { lines: { skuCode: string; quantity: number; status: string }[] }) =>
      order.lines.map((line) => `${line.skuCode}×${line.quantity} ${line.status}`),
    );
    // Only one red bag in stock: the order for two waits.
    expect(lines).toContain("QYL-BAG-001-RD×2 backordered");
    expect(lines).toContain("QYL-BAG-001-BK×1 reserved");
    // The shop sees its buyers' phones in full; only suppliers see them masked.
    for (const order of orders) expect(order.phone).not.toContain("*");
  });

  it("brings the same files in again without duplicating an order", async () => {
    const before = (await shop.browser.get(`/api/orgs/${shop.orgId}/orders`)).json().length;
    const again = (await upload(taobaoPair())).json();
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(before);
    expect((await shop.browser.get(`/api/orgs/${shop.orgId}/orders`)).json()).toHaveLength(before);
  });

  it("takes an order by API with an Idempotency-Key: a retry gets the same order, another body is refused", async () => {
    const body = {
      buyerName: "王芳",
      phone: "13900001111",
      address: "浙江省杭州市西湖区文三路 100 号",
      lines: [{ skuCode: "qyl-pouch-02-l", quantity: 2, unitPriceFen: 1990 }],
    };
    const headers = { "idempotency-key": "shop-system-0001" };
    const first = await shop.browser.post(`/api/orgs/${shop.orgId}/orders`, body, headers);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await shop.browser.post(`/api/orgs/${shop.orgId}/orders`, body, headers);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const other = await shop.browser.post(`/api/orgs/${shop.orgId}/orders`, { ...body, buyerName: "李雷" }, headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe("idempotency_key_reused");
    const bad = await shop.browser.post(`/api/orgs/${shop.orgId}/orders`, {
      ...body,
      address: "火星基地 1 号",
      lines: [{ skuCode: "QYL-POUCH-02-L", quantity: 0 }],
    });
    expect(bad.statusCode).toBe(400);
  });

  it("runs the cut-off for operators only; the supplier sees the PO with masked phones and short-ships a line", async () => {
    expect((await shop.browser.post(`/api/hubs/${hubId}/cutoff`, {})).statusCode).toBe(403);
    const cutoff = await operator.post(`/api/hubs/${hubId}/cutoff`, {});
    expect(cutoff.statusCode, cutoff.body).toBe(200);
    expect(cutoff.json().ran).toBe(true);
    const pos = (await supplier.browser.get(`/api/orgs/${supplier.orgId}/purchase-orders`)).json();
    expect(pos).toHaveLength(1);
    const [po] = pos;
    expect(po.shopName).toBe("小燕饰品店");
    expect(po.mode).toBe("dropship");
    for (const order of po.orders) expect(order.phone).toContain("****");
    const pouch = po.lines.find((line: { skuCode: string }) => line.skuCode === "QYL-POUCH-02-L");
    const url = `/api/orgs/${supplier.orgId}/purchase-orders/${po.id}/lines/${pouch.orderLineId}/short`;
    const tooMany = await supplier.browser.post(url, { shortQuantity: pouch.quantity + 1 });
    expect(tooMany.statusCode).toBe(409);
    const short = await supplier.browser.post(url, { shortQuantity: 1 });
    expect(short.statusCode, short.body).toBe(200);
    expect(short.json().totalFen).toBe(po.totalFen - pouch.unitCostFen);
    const inbox = (await shop.browser.get(`/api/orgs/${shop.orgId}/alerts`)).json();
    const told = inbox.alerts.find((alert: { kind: string }) => alert.kind === "short_shipped");
    expect(told?.message).toContain(`采购单 ${po.number}：「帆布收纳袋 三件套」 QYL-POUCH-02-L（大号） 少发 1 件`);
  });

  it("gives both sides the same statement, equal to the sum of its lines", async () => {
    const [mine] = (await shop.browser.get(`/api/orgs/${shop.orgId}/statements`)).json();
    const [theirs] = (await supplier.browser.get(`/api/orgs/${supplier.orgId}/statements`)).json();
    expect(mine).toEqual(theirs);
    const sum = mine.lines.reduce((total: number, line: { amountFen: number }) => total + line.amountFen, 0);
    expect(mine.dayFen).toBe(sum);
    expect(mine.deductedFen).toBe(900);
    expect(mine.closingFen).toBe(mine.openingFen + sum);
  });

  it("prints the supplier's pick list and the statement with the shop's name in them", async () => {
    const list = await supplier.browser.get(`/api/orgs/${supplier.orgId}/pick-list.pdf`);
    expect(list.statusCode, list.body.slice(0, 200)).toBe(200);
    expect(list.headers["content-type"]).toBe("application/pdf");
    const { pages } = readPdf(list.rawPayload);
    expect(pages.map((page) => page.text).join("")).toContain("小燕饰品店");
    expect(pages.map((page) => page.text).join("")).toContain("QYL-POUCH-02-L");
    const [statement] = (await shop.browser.get(`/api/orgs/${shop.orgId}/statements`)).json();
    const csv = await shop.browser.get(`/api/orgs/${shop.orgId}/statements/${statement.supplierId}/csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain("QYL-BAG-001-BK");
    const elsewhere = await shop.browser.get(`/api/orgs/${shop.orgId}/statements/${shop.orgId}/pdf`);
    expect(elsewhere.statusCode).toBe(404);
    expect((await shop.browser.get(`/api/orgs/${shop.orgId}/pick-list.pdf`)).statusCode).toBe(403);
  });
});
