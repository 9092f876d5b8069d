import { describe, expect, it } from "vitest";
import { ingestOrderFiles } from "./ingest.js";
import { csvFile, fixture, rawFile } from "./test-files.js";

describe("an upload of order files", () => {
  it("refuses a file that is no platform's order export", async () => {
    const file = csvFile("products.csv", [
      ["商品标题", "批发价(元)", "商家编码"],
      ["复古手提包", "38.00", "QYL-BAG-001-BK"],
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result).toEqual({
      platform: null,
      orders: [],
      skipped: [],
      problems: [{ file: "products.csv", row: null, column: null, code: "order_file_unrecognised", params: {} }],
    });
  });

  it("refuses an empty file and an old .xls", async () => {
    const empty = rawFile("empty.csv", "\r\n\r\n");
    const xls = rawFile("orders.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const result = await ingestOrderFiles([empty, xls]);
    expect(result.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ["empty.csv", "order_file_empty"],
      ["orders.xls", "order_file_xls"],
    ]);
  });

  it("refuses Taobao and Shopify files uploaded together", async () => {
    const result = await ingestOrderFiles([fixture("shopify-orders.csv"), fixture("taobao-orders-gbk.csv")]);
    expect(result.problems.map((problem) => problem.code)).toEqual(["order_files_mixed"]);
  });

  it("refuses two item reports", async () => {
    const result = await ingestOrderFiles([fixture("taobao-items-gbk.csv"), fixture("taobao-items-utf8.csv")]);
    expect(result.problems.map((problem) => problem.code)).toEqual(["order_files_combination"]);
  });

  it("uses nothing of an upload whose CSV turns out malformed part-way", async () => {
    const text =
      'Name,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Address1,Shipping City,Shipping Province,Shipping Phone\r\n#1,paid,2024-05-02 14:00:00 +0800,1,Bag,58.00,A-1,赵美,义乌市江东街道1号,金华市,ZJ,13800001234\r\n#2,"paid,\r\n';
    const result = await ingestOrderFiles([rawFile("orders_export.csv", text)]);
    expect(result.orders).toEqual([]);
    expect(result.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ["orders_export.csv", "order_csv_malformed"],
    ]);
  });
});
