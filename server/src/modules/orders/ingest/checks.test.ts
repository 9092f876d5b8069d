import { describe, expect, it } from "vitest";
import { checkFen, checkQuantity, checkSkuCode, cleanPhone } from "./checks.js";
import { shopifySale } from "./shopify/status.js";
import { checkOrderNumber } from "./taobao/order-number.js";
import { taobaoSale } from "./taobao/status.js";
import { checkTime } from "./time.js";

describe("quantities", () => {
  it("accepts whole numbers from 1, as text or as a number cell", () => {
    expect(checkQuantity("3")).toEqual({ value: 3 });
    expect(checkQuantity(2)).toEqual({ value: 2 });
    expect(checkQuantity("２")).toEqual({ value: 2 });
    expect(checkQuantity("4.0")).toEqual({ value: 4 });
  });

  it("refuses 0, −1, fractions, words and blanks, each with its reason", () => {
    expect(checkQuantity("0")).toEqual({ problem: "order_quantity_not_positive", params: { value: "0" } });
    expect(checkQuantity("-1")).toEqual({ problem: "order_quantity_not_positive", params: { value: "-1" } });
    expect(checkQuantity("−1")).toEqual({ problem: "order_quantity_not_positive", params: { value: "-1" } });
    expect(checkQuantity(1.5)).toEqual({ problem: "order_quantity_invalid", params: { value: "1.5" } });
    expect(checkQuantity("两件")).toEqual({ problem: "order_quantity_invalid", params: { value: "两件" } });
    expect(checkQuantity("")).toEqual({ problem: "order_value_missing" });
    expect(checkQuantity("1000000")).toMatchObject({ problem: "order_quantity_too_large" });
  });
});

describe("amounts", () => {
  it("turns yuan into fen by the digits", () => {
    expect(checkFen("19.90")).toEqual({ value: 1990 });
    expect(checkFen("0.29")).toEqual({ value: 29 });
    expect(checkFen(57.9)).toEqual({ value: 5790 });
    expect(checkFen("1,250.00")).toEqual({ value: 125000 });
  });

  it("refuses what is not an amount", () => {
    expect(checkFen("abc")).toEqual({ problem: "order_price_invalid", params: { value: "abc" } });
    expect(checkFen("-5.00")).toEqual({ problem: "order_price_invalid", params: { value: "-5.00" } });
    expect(checkFen("1.234")).toEqual({ problem: "order_price_invalid", params: { value: "1.234" } });
  });
});

describe("SKU codes", () => {
  it("reports an empty code and a code with spaces", () => {
    expect(checkSkuCode("QYL-BAG-001-BK")).toEqual({ value: "QYL-BAG-001-BK" });
    expect(checkSkuCode("  ")).toEqual({ problem: "order_sku_code_empty" });
    expect(checkSkuCode("QYL BAG")).toEqual({ problem: "order_sku_code_invalid", params: { value: "QYL BAG" } });
  });
});

describe("order numbers", () => {
  it("keeps the digits of a wrapped Taobao order number", () => {
    for (const wrapped of [
      '="3912345678901234561"',
      "'3912345678901234561",
      "\t3912345678901234561",
      "3912345678901234561 ",
    ])
      expect(checkOrderNumber(wrapped)).toEqual({ value: "3912345678901234561" });
  });

  it("says when Excel has rounded the number", () => {
    expect(checkOrderNumber("3.91234567890123E+18")).toMatchObject({ problem: "order_number_precision" });
    expect(checkOrderNumber(Number("3912345678901234561"))).toMatchObject({ problem: "order_number_precision" });
    expect(checkOrderNumber(391234)).toEqual({ value: "391234" });
    expect(checkOrderNumber("无")).toEqual({ problem: "order_number_invalid", params: { value: "无" } });
  });
});

describe("times", () => {
  it("reads Taobao's wall-clock times as China time", () => {
    expect(checkTime("2024-05-01 10:23:45")).toEqual({ value: "2024-05-01T10:23:45+08:00" });
    expect(checkTime("2024/5/3 8:05")).toEqual({ value: "2024-05-03T08:05:00+08:00" });
  });

  it("keeps an offset the export gives", () => {
    expect(checkTime("2024-05-02 14:02:55 +0800")).toEqual({ value: "2024-05-02T14:02:55+08:00" });
    expect(checkTime("2024-05-02T06:02:55Z")).toEqual({ value: "2024-05-02T06:02:55Z" });
  });

  it("reads an Excel date cell's day number as China time", () => {
    const days = (Date.UTC(2024, 4, 1, 10, 23, 45) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(checkTime(days)).toEqual({ value: "2024-05-01T10:23:45+08:00" });
  });

  it("refuses days and hours that do not exist", () => {
    expect(checkTime("2024-02-30 10:00:00")).toMatchObject({ problem: "order_time_invalid" });
    expect(checkTime("2024-05-01 25:00")).toMatchObject({ problem: "order_time_invalid" });
    expect(checkTime("yesterday")).toMatchObject({ problem: "order_time_invalid" });
  });
});

describe("statuses", () => {
  it("counts paid Taobao orders and not closed or unpaid ones", () => {
    for (const sale of ["买家已付款，等待卖家发货", "买家已付款,等待卖家发货", "卖家已发货，等待买家确认", "交易成功"])
      expect(taobaoSale(sale)).toBe("sale");
    for (const notSold of ["交易关闭", "等待买家付款", "付款以后用户退款成功，交易自动关闭"])
      expect(taobaoSale(notSold)).toBe("not_sold");
    expect(taobaoSale("神秘状态")).toBe("unknown");
  });

  it("counts paid and partly refunded Shopify orders", () => {
    expect(["paid", "partially_refunded", "Partially paid"].map(shopifySale)).toEqual(["sale", "sale", "sale"]);
    expect(["pending", "authorized", "refunded", "voided"].map(shopifySale)).toEqual(Array(4).fill("not_sold"));
  });
});

describe("phones", () => {
  it("unwraps what exports put around a phone", () => {
    expect(cleanPhone('="13812341234"')).toBe("13812341234");
    expect(cleanPhone("'13812341234")).toBe("13812341234");
    expect(cleanPhone("+86 138 0000 1234")).toBe("13800001234");
  });
});
