import { describe, expect, it } from "vitest";
import { ingestOrderFiles } from "../ingest.js";
import { csvFile, fixture } from "../test-files.js";

const HEADER = [
  "Name",
  "Financial Status",
  "Currency",
  "Total",
  "Created at",
  "Lineitem quantity",
  "Lineitem name",
  "Lineitem price",
  "Lineitem sku",
  "Shipping Name",
  "Shipping Address1",
  "Shipping City",
  "Shipping Province",
  "Shipping Country",
  "Shipping Phone",
  "Cancelled at",
];

type Line = { name: string; quantity?: string; price?: string; sku?: string };
type Order = { status?: string; currency?: string; country?: string; cancelledAt?: string; total?: string };

/** An order's rows as Shopify writes them: its fields on the first row, a line on each. */
function rows(order: Order, lines: Line[]): string[][] {
  return lines.map((line, index) => {
    const head = (value: string) => (index === 0 ? value : "");
    return [
      line.name,
      head(order.status ?? "paid"),
      head(order.currency ?? "CNY"),
      head(order.total ?? "58.00"),
      "2024-05-02 14:02:55 +0800",
      line.quantity ?? "1",
      "Retro tote bag - Black",
      line.price ?? "58.00",
      line.sku ?? "QYL-BAG-001-BK",
      head("赵美"),
      head("义乌市江东街道青岩刘村6区12幢"),
      head("金华市"),
      head("ZJ"),
      head(order.country ?? "CN"),
      head("13800001234"),
      head(order.cancelledAt ?? ""),
    ];
  });
}

describe("the Shopify orders export", () => {
  it("groups line items by Name and counts the order's total once", async () => {
    const result = await ingestOrderFiles([fixture("shopify-orders.csv")], { platform: "shopify" });
    expect(result.problems).toEqual([]);
    expect(result.platform).toBe("shopify");
    const [multi, refunded] = result.orders;
    expect(multi).toMatchObject({
      platformOrderNumber: "#1001",
      buyerName: "赵美",
      phone: "13800001234",
      addressText: "浙江省 金华市 义乌市江东街道青岩刘村6区12幢 2单元301室",
      address: {
        provinceCode: "330000",
        cityCode: "330700",
        districtCode: "330782",
        detail: "江东街道青岩刘村6区12幢 2单元301室",
      },
      placedAt: "2024-05-02T14:02:55+08:00",
      totalFen: 16370,
    });
    expect(multi?.lines.map((line) => [line.skuCode, line.quantity, line.unitPriceFen])).toEqual([
      ["QYL-BAG-001-BK", 1, 5800],
      ["QYL-POUCH-02-L", 2, 1990],
      ["QYL-BAG-001-RD", 1, 5790],
    ]);
    expect(refunded).toMatchObject({
      platformOrderNumber: "#1003",
      totalFen: 3980,
      address: { districtCode: "510107" },
    });
  });

  it("skips an order that is not paid", async () => {
    const result = await ingestOrderFiles([fixture("shopify-orders.csv")]);
    expect(result.skipped).toEqual([
      {
        platform: "shopify",
        platformOrderNumber: "#1002",
        scope: "order",
        status: "pending",
        source: { file: "shopify-orders.csv", row: 5 },
      },
    ]);
  });

  it("skips a cancelled order", async () => {
    const file = csvFile("orders_export.csv", [
      HEADER,
      ...rows({ cancelledAt: "2024-05-03 09:00:00 +0800" }, [{ name: "#2001" }]),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders).toEqual([]);
    expect(result.skipped.map((skipped) => [skipped.platformOrderNumber, skipped.status])).toEqual([
      ["#2001", "cancelled"],
    ]);
  });

  it("refuses an order whose rows come back after other orders, rather than doubling it", async () => {
    const file = csvFile("orders_export.csv", [
      HEADER,
      ...rows({}, [{ name: "#3001" }]),
      ...rows({}, [{ name: "#3002" }]),
      ...rows({}, [{ name: "#3001" }]),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders.map((order) => order.platformOrderNumber)).toEqual(["#3002"]);
    expect(result.problems).toEqual([
      {
        file: "orders_export.csv",
        row: 4,
        column: "Name",
        code: "order_rows_apart",
        params: { number: "#3001", first: 2 },
      },
    ]);
  });

  it("reports quantities of 0 and −1, an empty sku and a price that is not one", async () => {
    const file = csvFile("orders_export.csv", [
      HEADER,
      ...rows({}, [
        { name: "#4001", quantity: "0" },
        { name: "#4001", quantity: "-1" },
        { name: "#4001", sku: "" },
        { name: "#4001", price: "¥ lots" },
      ]),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "orders_export.csv",
        row: 2,
        column: "Lineitem quantity",
        code: "order_quantity_not_positive",
        params: { value: "0" },
      },
      {
        file: "orders_export.csv",
        row: 3,
        column: "Lineitem quantity",
        code: "order_quantity_not_positive",
        params: { value: "-1" },
      },
      { file: "orders_export.csv", row: 4, column: "Lineitem sku", code: "order_sku_code_empty", params: {} },
      {
        file: "orders_export.csv",
        row: 5,
        column: "Lineitem price",
        code: "order_price_invalid",
        params: { value: "¥ lots" },
      },
    ]);
  });

  it("refuses an order in another currency or to another country", async () => {
    const file = csvFile("orders_export.csv", [
      HEADER,
      ...rows({ currency: "USD" }, [{ name: "#5001" }]),
      ...rows({ country: "US" }, [{ name: "#5002" }]),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "orders_export.csv",
        row: 2,
        column: "Currency",
        code: "order_currency_not_cny",
        params: { currency: "USD" },
      },
      {
        file: "orders_export.csv",
        row: 3,
        column: "Shipping Country",
        code: "order_not_china",
        params: { country: "US" },
      },
    ]);
  });

  it("names the columns a Shopify export lacks", async () => {
    const header = HEADER.filter((name) => name !== "Lineitem sku" && name !== "Shipping City");
    const file = csvFile("orders_export.csv", [header]);
    const result = await ingestOrderFiles([file]);
    expect(result.problems).toEqual([
      {
        file: "orders_export.csv",
        row: null,
        column: null,
        code: "order_columns_missing",
        params: { columns: "Lineitem sku, Shipping City" },
      },
    ]);
  });

  it("refuses Taobao files where a Shopify export is expected", async () => {
    const result = await ingestOrderFiles([fixture("taobao-orders-gbk.csv"), fixture("taobao-items-gbk.csv")], {
      platform: "shopify",
    });
    expect(result.orders).toEqual([]);
    expect(result.problems.map((problem) => [problem.file, problem.code, problem.params])).toEqual([
      ["taobao-orders-gbk.csv", "order_file_wrong_platform", { expected: "Shopify", found: "淘宝 (Taobao)" }],
      ["taobao-items-gbk.csv", "order_file_wrong_platform", { expected: "Shopify", found: "淘宝 (Taobao)" }],
    ]);
  });
});
