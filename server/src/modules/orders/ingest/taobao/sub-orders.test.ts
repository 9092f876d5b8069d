import { describe, expect, it } from "vitest";
import { ingestOrderFiles } from "../ingest.js";
import { xlsxFile } from "../test-files.js";

const HEADER = [
  "主订单编号",
  "子订单编号",
  "买家会员名",
  "子订单状态",
  "商品标题",
  "商品价格",
  "购买数量",
  "商家编码",
  "商品属性",
  "收货人姓名",
  "收货地址",
  "联系手机",
  "订单创建时间",
];

type SubOrder = { main: string; sub: string; status?: string; price?: number; quantity?: number; code?: string };
type Recipient = { name: string; address: string; mobile: string; created: string | Date };

/** A sub-order row; the order's recipient and time only where given, as on a main order's first row. */
function row(line: SubOrder, recipient?: Recipient): (string | number | Date | null)[] {
  return [
    line.main,
    line.sub,
    "tb_buyer",
    line.status ?? "买家已付款，等待卖家发货",
    "复古手提包女",
    line.price ?? 58,
    line.quantity ?? 1,
    line.code ?? "QYL-BAG-001-BK",
    "颜色分类：黑色",
    recipient?.name ?? null,
    recipient?.address ?? null,
    recipient?.mobile ?? null,
    recipient?.created ?? null,
  ];
}

const ZHANG: Recipient = {
  name: "张伟",
  address: "浙江省 金华市 义乌市 江东街道 青岩刘村3区5幢(322000)",
  mobile: "13812341234",
  created: "2024-05-06 09:30:00",
};

describe("Taobao's sub-order XLSX", () => {
  it("groups sub-orders under their main order, the order's fields on its first row only", async () => {
    const file = await xlsxFile("订单导出.xlsx", [
      HEADER,
      row({ main: "4012345678901234501", sub: "4012345678901234502", quantity: 2 }, ZHANG),
      row({ main: "4012345678901234501", sub: "4012345678901234503", code: "QYL-POUCH-02-L", price: 19.9 }),
    ]);
    const result = await ingestOrderFiles([file], { platform: "taobao" });
    expect(result.problems).toEqual([]);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]).toMatchObject({
      platformOrderNumber: "4012345678901234501",
      buyerName: "张伟",
      placedAt: "2024-05-06T09:30:00+08:00",
      address: { districtCode: "330782" },
      totalFen: undefined,
    });
    expect(
      result.orders[0]?.lines.map((line) => [line.skuCode, line.quantity, line.unitPriceFen, line.source.row]),
    ).toEqual([
      ["QYL-BAG-001-BK", 2, 5800, 2],
      ["QYL-POUCH-02-L", 1, 1990, 3],
    ]);
  });

  it("reads an Excel date cell as China time", async () => {
    const created = new Date(Date.UTC(2024, 4, 6, 9, 30, 0));
    const file = await xlsxFile("订单导出.xlsx", [HEADER, row({ main: "401", sub: "402" }, { ...ZHANG, created })]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders[0]?.placedAt).toBe("2024-05-06T09:30:00+08:00");
  });

  it("skips a closed sub-order, and an order whose sub-orders are all closed", async () => {
    const file = await xlsxFile("订单导出.xlsx", [
      HEADER,
      row({ main: "501", sub: "502" }, ZHANG),
      row({ main: "501", sub: "503", status: "交易关闭" }),
      row({ main: "601", sub: "602", status: "交易关闭" }, ZHANG),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders.map((order) => [order.platformOrderNumber, order.lines.length])).toEqual([["501", 1]]);
    expect(result.skipped.map((skipped) => [skipped.platformOrderNumber, skipped.scope, skipped.source.row])).toEqual([
      ["501", "line", 3],
      ["601", "order", 4],
    ]);
  });

  it("refuses the same sub-order twice rather than counting it as a second line", async () => {
    const file = await xlsxFile("订单导出.xlsx", [
      HEADER,
      row({ main: "701", sub: "702" }, ZHANG),
      row({ main: "701", sub: "702" }),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "订单导出.xlsx",
        row: 3,
        column: "子订单编号",
        code: "order_sub_order_repeated",
        params: { number: "702", first: 2 },
      },
    ]);
  });

  it("reports sub-order quantities of 0 and −1 and an order without any address", async () => {
    const file = await xlsxFile("订单导出.xlsx", [
      HEADER,
      row({ main: "801", sub: "802", quantity: 0 }, ZHANG),
      row({ main: "901", sub: "902", quantity: -1 }, ZHANG),
      row({ main: "911", sub: "912" }),
    ]);
    const result = await ingestOrderFiles([file]);
    expect(result.orders).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "订单导出.xlsx",
        row: 2,
        column: "购买数量",
        code: "order_quantity_not_positive",
        params: { value: "0" },
      },
      {
        file: "订单导出.xlsx",
        row: 3,
        column: "购买数量",
        code: "order_quantity_not_positive",
        params: { value: "-1" },
      },
      { file: "订单导出.xlsx", row: 4, column: "收货地址", code: "order_address_missing", params: { number: "911" } },
    ]);
  });
});
