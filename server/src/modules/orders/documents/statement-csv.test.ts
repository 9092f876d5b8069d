import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { yuan } from "./money.js";
import { statementCsv } from "./statement-csv.js";
import { statement } from "./testing/samples.js";

const BOM = "\uFEFF";
const rowsOf = (csv: string): string[][] => parse(csv.slice(BOM.length), { record_delimiter: "\r\n" });

/** Fen from a CSV amount, "-12.50" → -1250, without floating point. */
function fen(text: string | undefined): number {
  const [whole = "0", cents = "00"] = (text ?? "").replace("-", "").split(".");
  return (text?.startsWith("-") ? -1 : 1) * (Number(whole) * 100 + Number(cents));
}

describe("the statement as CSV", () => {
  const day = statement();
  const csv = statementCsv(day);
  const [header = [], ...rows] = rowsOf(csv);
  const column = (name: string) => header.indexOf(name);

  it("starts with a UTF-8 byte-order mark and ends its lines with CRLF, for Excel on Chinese Windows", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(day.entries.length + 4);
    expect(csv.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("names its columns in Chinese and every row's day, shop and supplier", () => {
    expect(header).toEqual([
      "日期",
      "门店",
      "供货方",
      "类型",
      "单号",
      "SKU编码",
      "商品",
      "规格",
      "数量",
      "单价(元)",
      "金额(元)",
      "余额(元)",
    ]);
    for (const row of rows) expect(row.slice(0, 3)).toEqual([day.date, day.shop.name, day.supplier.name]);
  });

  it("opens and closes with the balances, and every balance is the one before plus the amount", () => {
    const [opening, ...rest] = rows;
    const closing = rest.pop();
    expect(opening?.[column("类型")]).toBe("期初余额");
    expect(opening?.[column("余额(元)")]).toBe(yuan(day.openingBalanceFen));
    let balance = day.openingBalanceFen;
    for (const row of rest) {
      balance += fen(row[column("金额(元)")]);
      expect(fen(row[column("余额(元)")])).toBe(balance);
    }
    expect(closing?.[column("类型")]).toBe("期末余额");
    expect(fen(closing?.[column("余额(元)")])).toBe(balance);
  });

  it("makes quantity × unit price the amount on every PO line and short-ship", () => {
    const lines = rows.filter((row) => row[column("单价(元)")] !== "");
    expect(lines).toHaveLength(day.entries.filter((entry) => entry.kind !== "payment").length);
    for (const row of lines) {
      expect(Number(row[column("数量")]) * fen(row[column("单价(元)")])).toBe(fen(row[column("金额(元)")]));
    }
    const shortShips = rows.filter((row) => row[column("类型")] === "缺货扣减");
    for (const row of shortShips) expect(Number(row[column("数量")])).toBeLessThan(0);
  });

  it("keeps a title that looks like a formula from running in the spreadsheet", () => {
    const [first, ...others] = day.entries;
    if (first?.kind !== "order_line") throw new Error("the sample starts with a PO line");
    const hostile = { ...first, title: '=HYPERLINK("http://example.com","点我")', skuCode: "+86-1" };
    const [, , row] = rowsOf(statementCsv({ ...day, entries: [hostile, ...others] }));
    expect(row?.[column("商品")]).toBe(`'${hostile.title}`);
    expect(row?.[column("SKU编码")]).toBe(`'${hostile.skuCode}`);
    expect(row?.[column("金额(元)")]).toMatch(/^\d+\.\d\d$/);
  });

  it("names its columns in English when asked", () => {
    const [englishHeader] = rowsOf(statementCsv(day, { language: "en" }));
    expect(englishHeader?.slice(0, 4)).toEqual(["Date", "Shop", "Supplier", "Type"]);
  });
});
