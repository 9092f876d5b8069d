import { describe, expect, it } from "vitest";
import { ingestOrderFiles } from "../ingest.js";
import {
  csvFile,
  fixture,
  itemRow,
  orderRow,
  TAOBAO_ITEM_HEADER,
  TAOBAO_ORDER_HEADER,
  taobaoPair,
} from "../test-files.js";

const GBK_PAIR = [fixture("taobao-orders-gbk.csv"), fixture("taobao-items-gbk.csv")];

describe("the Taobao order report and item report", () => {
  it("joins a GBK pair on 订单编号 into paid orders with their lines", async () => {
    const result = await ingestOrderFiles(GBK_PAIR, { platform: "taobao" });
    expect(result.problems).toEqual([]);
    expect(result.platform).toBe("taobao");
    expect(result.orders.map((order) => order.platformOrderNumber)).toEqual([
      "3912345678901234561",
      "3912345678901234562",
      "3912345678901234565",
    ]);
    const [first] = result.orders;
    expect(first).toMatchObject({
      platform: "taobao",
      buyerName: "张伟",
      phone: "13812341234",
      addressText: "浙江省 金华市 义乌市 江东街道 青岩刘村3区5幢101室(322000)",
      address: {
        provinceCode: "330000",
        cityCode: "330700",
        districtCode: "330782",
        detail: "江东街道 青岩刘村3区5幢101室",
      },
      placedAt: "2024-05-01T10:23:45+08:00",
      paid: true,
      totalFen: 17400,
      source: { file: "taobao-orders-gbk.csv", row: 2 },
    });
    expect(first?.lines).toEqual([
      {
        skuCode: "QYL-BAG-001-BK",
        title: "复古手提包女 大容量通勤托特包",
        options: "颜色分类：黑色",
        quantity: 1,
        unitPriceFen: 5800,
        source: { file: "taobao-items-gbk.csv", row: 2 },
      },
      {
        skuCode: "QYL-BAG-001-RD",
        title: "复古手提包女 大容量通勤托特包",
        options: "颜色分类：酒红色",
        quantity: 2,
        unitPriceFen: 5800,
        source: { file: "taobao-items-gbk.csv", row: 3 },
      },
    ]);
  });

  it("takes 联系电话 when 联系手机 is empty, and reads a municipality repeated as city", async () => {
    const { orders } = await ingestOrderFiles(GBK_PAIR);
    expect(orders[1]).toMatchObject({
      phone: "010-65123456",
      address: { province: "北京市", city: "北京市", district: "朝阳区", detail: "建国路88号SOHO现代城2号楼1203" },
    });
  });

  it("skips closed and unpaid orders and closed lines, without calling them errors", async () => {
    const result = await ingestOrderFiles(GBK_PAIR);
    expect(result.skipped).toEqual([
      {
        platform: "taobao",
        platformOrderNumber: "3912345678901234563",
        scope: "order",
        status: "交易关闭",
        source: { file: "taobao-orders-gbk.csv", row: 4 },
      },
      {
        platform: "taobao",
        platformOrderNumber: "3912345678901234564",
        scope: "order",
        status: "等待买家付款",
        source: { file: "taobao-orders-gbk.csv", row: 5 },
      },
      {
        platform: "taobao",
        platformOrderNumber: "3912345678901234565",
        scope: "line",
        status: "交易关闭",
        source: { file: "taobao-items-gbk.csv", row: 8 },
      },
    ]);
    expect(result.orders[2]?.lines.map((line) => line.skuCode)).toEqual(["QYL-BAG-001-BK"]);
  });

  it("reads an older UTF-8 pair with other header names, stray spaces and numbers behind tabs and apostrophes", async () => {
    const result = await ingestOrderFiles([fixture("taobao-items-utf8.csv"), fixture("taobao-orders-utf8.csv")]);
    expect(result.problems).toEqual([]);
    expect(
      result.orders.map(({ platformOrderNumber, phone, placedAt, totalFen, address, lines }) => ({
        platformOrderNumber,
        phone,
        placedAt,
        totalFen,
        district: address.districtCode,
        lines: lines.map((line) => [line.skuCode, line.quantity, line.unitPriceFen]),
      })),
    ).toEqual([
      {
        platformOrderNumber: "3923456789012345671",
        phone: "18623456789",
        placedAt: "2024-05-03T08:05:00+08:00",
        totalFen: 3980,
        district: "500103",
        lines: [["QYL-POUCH-02-G", 2, 1990]],
      },
      {
        platformOrderNumber: "3923456789012345672",
        phone: "0728-3312345",
        placedAt: "2024-05-03T21:40:00+08:00",
        totalFen: 9600,
        district: "429004",
        lines: [["QYL-BAG-001-BK", 2, 4800]],
      },
    ]);
  });
});

describe("bad Taobao files", () => {
  it("names the columns an order report lacks and reads nothing", async () => {
    const header = TAOBAO_ORDER_HEADER.filter((name) => !["收货地址 ", "联系手机", "联系电话 "].includes(name));
    const orders = csvFile("订单报表.csv", [header, orderRow({ number: "1" }).slice(0, header.length)], "gbk");
    const items = csvFile("宝贝报表.csv", [TAOBAO_ITEM_HEADER, itemRow({ number: "1" })], "gbk");
    const result = await ingestOrderFiles([orders, items]);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "订单报表.csv",
        row: null,
        column: null,
        code: "order_columns_missing",
        params: { columns: "收货地址、联系手机 / 联系电话" },
      },
    ]);
  });

  it("names the 商家编码 column when the item report lacks it", async () => {
    const header = TAOBAO_ITEM_HEADER.filter((name) => name !== "商家编码");
    const orders = csvFile("订单报表.csv", [TAOBAO_ORDER_HEADER, orderRow({ number: "1" })]);
    const items = csvFile("宝贝报表.csv", [header, itemRow({ number: "1" }).slice(0, -1)]);
    const result = await ingestOrderFiles([orders, items]);
    expect(result.problems).toEqual([
      { file: "宝贝报表.csv", row: null, column: null, code: "order_columns_missing", params: { columns: "商家编码" } },
    ]);
  });

  it("refuses a Shopify export where Taobao files are expected", async () => {
    const result = await ingestOrderFiles([fixture("shopify-orders.csv")], { platform: "taobao" });
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "shopify-orders.csv",
        row: null,
        column: null,
        code: "order_file_wrong_platform",
        params: { expected: "淘宝 (Taobao)", found: "Shopify" },
      },
    ]);
  });

  it("asks for the item report when only the order report is uploaded", async () => {
    const result = await ingestOrderFiles([fixture("taobao-orders-gbk.csv")]);
    expect(result.problems).toEqual([
      {
        file: "taobao-orders-gbk.csv",
        row: null,
        column: null,
        code: "order_report_missing",
        params: { report: "宝贝报表" },
      },
    ]);
  });

  it("reports an empty 商家编码 on its row and leaves its order out", async () => {
    const files = taobaoPair([{ number: "11" }, { number: "12" }], [{ number: "11", code: "" }, { number: "12" }]);
    const result = await ingestOrderFiles(files);
    expect(result.orders.map((order) => order.platformOrderNumber)).toEqual(["12"]);
    expect(result.problems).toEqual([
      { file: "宝贝报表.csv", row: 2, column: "商家编码", code: "order_sku_code_empty", params: {} },
    ]);
  });

  it("passes an unknown 商家编码 through: it is matched to the shop's picks later", async () => {
    const result = await ingestOrderFiles(taobaoPair([{ number: "11" }], [{ number: "11", code: "NOBODY-KNOWS-ME" }]));
    expect(result.problems).toEqual([]);
    expect(result.orders[0]?.lines[0]?.skuCode).toBe("NOBODY-KNOWS-ME");
  });

  it("reports quantities of 0, −1 and 1.5 on their rows", async () => {
    const files = taobaoPair(
      [{ number: "21" }, { number: "22" }, { number: "23" }],
      [
        { number: "21", quantity: "0" },
        { number: "22", quantity: "-1" },
        { number: "23", quantity: "1.5" },
      ],
    );
    const result = await ingestOrderFiles(files);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      { file: "宝贝报表.csv", row: 2, column: "购买数量", code: "order_quantity_not_positive", params: { value: "0" } },
      {
        file: "宝贝报表.csv",
        row: 3,
        column: "购买数量",
        code: "order_quantity_not_positive",
        params: { value: "-1" },
      },
      { file: "宝贝报表.csv", row: 4, column: "购买数量", code: "order_quantity_invalid", params: { value: "1.5" } },
    ]);
  });

  it("reports an address with no recognisable province", async () => {
    const address = "火星 奥林匹斯山基地 1号舱";
    const result = await ingestOrderFiles(taobaoPair([{ number: "31", address }], [{ number: "31" }]));
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      { file: "订单报表.csv", row: 2, column: "收货地址", code: "address_no_province", params: { value: address } },
    ]);
  });

  it("refuses an order number that appears twice in the order report, rather than merging the rows", async () => {
    const files = taobaoPair(
      [{ number: "41" }, { number: "42" }, { number: "41" }],
      [{ number: "41" }, { number: "42" }],
    );
    const result = await ingestOrderFiles(files);
    expect(result.orders.map((order) => order.platformOrderNumber)).toEqual(["42"]);
    expect(result.problems).toEqual([
      {
        file: "订单报表.csv",
        row: 4,
        column: "订单编号",
        code: "order_number_repeated",
        params: { number: "41", first: 2 },
      },
    ]);
  });

  it("reports items of an order the order report lacks, and an order without items", async () => {
    const result = await ingestOrderFiles(taobaoPair([{ number: "51" }], [{ number: "52" }]));
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      { file: "宝贝报表.csv", row: 2, column: "订单编号", code: "order_lines_without_order", params: { number: "52" } },
      { file: "订单报表.csv", row: 2, column: "订单编号", code: "order_without_lines", params: { number: "51" } },
    ]);
  });

  it("reports an unknown status, a missing phone and a bad time on their rows", async () => {
    const files = taobaoPair(
      [
        { number: "61", status: "神秘状态" },
        { number: "62", mobile: "" },
        { number: "63", created: "2024-02-30 10:00:00" },
      ],
      [{ number: "61" }, { number: "62" }, { number: "63" }],
    );
    const result = await ingestOrderFiles(files);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      { file: "订单报表.csv", row: 2, column: "订单状态", code: "order_status_unknown", params: { value: "神秘状态" } },
      { file: "订单报表.csv", row: 3, column: "联系手机", code: "order_phone_missing", params: {} },
      {
        file: "订单报表.csv",
        row: 4,
        column: "订单创建时间",
        code: "order_time_invalid",
        params: { value: "2024-02-30 10:00:00" },
      },
    ]);
  });

  it("says when Excel has rounded the order numbers", async () => {
    const orders = csvFile("订单报表.csv", [
      TAOBAO_ORDER_HEADER,
      ["3.91234567890123E+18", ...orderRow({ number: "1" }).slice(1)],
    ]);
    const items = csvFile("宝贝报表.csv", [
      TAOBAO_ITEM_HEADER,
      ["3.91234567890123E+18", ...itemRow({ number: "1" }).slice(1)],
    ]);
    const result = await ingestOrderFiles([orders, items]);
    expect(result.orders).toEqual([]);
    expect(result.problems.map((problem) => [problem.file, problem.row, problem.code])).toEqual([
      ["订单报表.csv", 2, "order_number_precision"],
      ["宝贝报表.csv", 2, "order_number_precision"],
    ]);
  });
});
