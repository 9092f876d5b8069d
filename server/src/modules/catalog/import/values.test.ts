import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHeader } from "./columns.js";
import { parseBarcode, parseCode, parseInteger, parseStatus, parseYuan } from "./values.js";

describe("prices typed in yuan", () => {
  it.each([
    ["12.50", 1250],
    ["12.5", 1250],
    ["¥12.5", 1250],
    ["￥ 12.5", 1250],
    ["12", 1200],
    ["12元", 1200],
    ["0.29", 29],
    ["19.99", 1999],
    ["1,250.00", 125000],
    ["１２．５", 1250],
    ["12.500", 1250],
    [12.3, 1230],
    [0.1 + 0.2, 30],
    [19.99, 1999],
  ])("reads %j as %i fen", (typed, fen) => {
    expect(parseYuan(typed)).toEqual({ value: fen });
  });

  it("leaves a blank cell blank", () => {
    expect(parseYuan("  ")).toEqual({ value: undefined });
    expect(parseYuan(undefined)).toEqual({ value: undefined });
  });

  it("refuses a decimal comma and says how to write it", () => {
    expect(parseYuan("12,5")).toEqual({
      problem: { code: "import_price_decimal_comma", params: { value: "12,5", suggestion: "12.5" } },
    });
    expect(parseYuan("12，50")).toMatchObject({ problem: { code: "import_price_decimal_comma" } });
  });

  it.each(["-3", "-¥3.50", "(12.00)", "−5"])("refuses the negative price %s", (typed) => {
    expect(parseYuan(typed)).toMatchObject({ problem: { code: "import_price_negative" } });
  });

  it.each(["abc", "12.5.1", "十二元", "12 5", ".", "1,2,3"])("refuses %s, which is not a price", (typed) => {
    expect(parseYuan(typed)).toMatchObject({ problem: { code: "import_price_invalid" } });
  });

  it("refuses fractions of a fen and prices over a million yuan", () => {
    expect(parseYuan("12.345")).toMatchObject({ problem: { code: "import_price_too_precise" } });
    expect(parseYuan("1000000.01")).toMatchObject({ problem: { code: "import_price_too_high" } });
    expect(parseYuan("1000000")).toEqual({ value: 100_000_000 });
  });

  it("reads back every amount of fen written as yuan, exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.boolean(), (fen, symbol) => {
        const yuan = `${symbol ? "¥" : ""}${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        expect(parseYuan(yuan)).toEqual({ value: fen });
        // An XLSX number cell holds the nearest double to what was typed.
        expect(parseYuan(Number(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`))).toEqual({
          value: fen,
        });
      }),
    );
  });
});

describe("other cells", () => {
  it("reads whole numbers with thousands separators and Excel's trailing .0", () => {
    expect(parseInteger("1,000", 0, 10_000)).toEqual({ value: 1000 });
    expect(parseInteger("12.0", 0, 100)).toEqual({ value: 12 });
    expect(parseInteger(300, 0, 1000)).toEqual({ value: 300 });
    expect(parseInteger("-1", 0, 100)).toMatchObject({ problem: { code: "import_integer_range" } });
    expect(parseInteger("2.5", 0, 100)).toMatchObject({ problem: { code: "import_integer_invalid" } });
  });

  it("catches codes and barcodes that Excel turned into scientific notation", () => {
    expect(parseBarcode("6.90123E+12")).toMatchObject({ problem: { code: "import_scientific" } });
    expect(parseCode("6.90123E+12")).toMatchObject({ problem: { code: "import_scientific" } });
    expect(parseBarcode(6901234567892)).toEqual({ value: "6901234567892" });
    expect(parseCode("TOTE 1")).toMatchObject({ problem: { code: "import_code_invalid" } });
  });

  it("takes statuses in Chinese or English", () => {
    expect(parseStatus("上架")).toEqual({ value: "active" });
    expect(parseStatus("Archived")).toEqual({ value: "archived" });
    expect(parseStatus("草稿")).toEqual({ value: "draft" });
    expect(parseStatus("卖完了")).toMatchObject({ problem: { code: "import_status_unknown" } });
  });
});

describe("the header row", () => {
  it("accepts English names, full-width brackets and stray spaces", () => {
    const { columns, problems } = readHeader([" Title ", "SKU", "批发价（元）", "Wholesale Price 2", "库存 "]);
    expect(problems).toEqual([]);
    expect([...columns.keys()]).toEqual(["title", "code", "price1", "price2", "stock"]);
    expect(columns.get("price1")).toEqual({ index: 2, header: "批发价（元）" });
  });

  it("names a missing required column, and suggests a column for a near miss", () => {
    const { problems } = readHeader(["商品标题", "商家编号", "批发价(元)"]);
    expect(problems).toEqual([
      {
        column: null,
        header: "商家编号",
        code: "import_column_unknown_suggest",
        params: { header: "商家编号", suggestion: "商家编码" },
      },
      {
        column: "code",
        code: "import_column_missing",
        params: { column: "商家编码", columnEn: "SKU code" },
      },
    ]);
  });
});
