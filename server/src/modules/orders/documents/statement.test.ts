import { beforeAll, describe, expect, it } from "vitest";
import { formatFen } from "./money.js";
import { statementPdf } from "./statement.js";
import { type PdfPage, readPdf } from "./testing/pdf-pages.js";
import { statement } from "./testing/samples.js";
import type { StatementDocument, StatementEntry } from "./types.js";

/** What each entry does to the balance, worked out here apart from the code under test. */
function effect(entry: StatementEntry): number {
  if (entry.kind === "payment") return -entry.amountFen;
  const amount = entry.unitPriceFen * entry.quantity;
  return entry.kind === "short_ship" ? -amount : amount;
}

describe("a day's statement between a shop and a supplier", () => {
  const day = statement();
  let pages: PdfPage[];
  let lines: string[];

  beforeAll(async () => {
    ({ pages } = readPdf(await statementPdf(day)));
    lines = pages.flatMap((page) => page.lines);
  });

  it("names the shop, the supplier, the hub and the day", () => {
    expect(lines[0]).toBe(`对账单 ${day.date}`);
    expect(lines).toContain(`门店：${day.shop.name}`);
    expect(lines).toContain(`供货方：${day.supplier.name}`);
    expect(lines).toContain(`服务中心：${day.hubName}`);
  });

  it("runs the balance from the opening balance through every entry", () => {
    expect(lines).toContain(`期初余额 ${formatFen(day.openingBalanceFen)}`);
    let balance = day.openingBalanceFen;
    const entryLines = lines.filter((line) => /^(订货|缺货扣减|付款) /.test(line));
    expect(entryLines).toHaveLength(day.entries.length);
    day.entries.forEach((entry, i) => {
      balance += effect(entry);
      expect(entryLines[i]?.endsWith(` ${formatFen(effect(entry))} ${formatFen(balance)}`)).toBe(true);
    });
    expect(lines).toContain(`期末余额 ${formatFen(balance)}`);
  });

  it("shows each PO line and short-ship as quantity × unit price, short-ships negative", () => {
    const entryLines = lines.filter((line) => /^(订货|缺货扣减) /.test(line));
    day.entries
      .filter((entry) => entry.kind !== "payment")
      .forEach((entry, i) => {
        const quantity = entry.kind === "short_ship" ? -entry.quantity : entry.quantity;
        expect(entryLines[i]).toContain(` ${entry.skuCode} `);
        expect(entryLines[i]).toContain(` ${quantity} × ${formatFen(entry.unitPriceFen)} `);
      });
  });

  it("heads the lines with their purchase order and names the price used", () => {
    const numbers = new Set(
      day.entries.flatMap((entry) => (entry.kind === "payment" ? [] : [entry.purchaseOrderNumber])),
    );
    for (const number of numbers) expect(lines).toContain(`采购单号：${number}`);
    const text = pages.map((page) => page.text).join("");
    expect(text).toContain("订货批发价");
  });

  it("sums the day above the detail", () => {
    const sum = (kind: StatementEntry["kind"]) =>
      day.entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + effect(entry), 0);
    const closing = day.openingBalanceFen + day.entries.reduce((total, entry) => total + effect(entry), 0);
    const figures = [day.openingBalanceFen, sum("order_line"), sum("short_ship"), sum("payment"), closing];
    expect(lines).toContain(figures.map(formatFen).join(" "));
    expect(lines).toContain("期初余额 本日订货 缺货扣减 付款 期末余额");
  });

  it("prints the payment's reference and note", () => {
    const text = pages.map((page) => page.text).join("");
    for (const entry of day.entries) {
      if (entry.kind === "payment") expect(text).toContain(`${entry.reference}${entry.note}`);
    }
  });
});

describe("statements that need more than the usual page", () => {
  it("carries the running balance over several pages, numbering them", async () => {
    const day = statement();
    const entries = Array.from({ length: 5 }, () => day.entries).flat();
    const long: StatementDocument = { ...day, entries };
    const { pages } = readPdf(await statementPdf(long));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.runs.map((run) => run.text)).toContain(`第 ${i + 1} / ${pages.length} 页`);
    });
    const closing = long.openingBalanceFen + entries.reduce((total, entry) => total + effect(entry), 0);
    expect(pages.at(-1)?.lines).toContain(`期末余额 ${formatFen(closing)}`);
  });

  it("sets a balance too wide for its column smaller rather than splitting it", async () => {
    const day = { ...statement(), openingBalanceFen: -98_765_432_100 };
    const { pages } = readPdf(await statementPdf(day));
    const runs = pages.flatMap((page) => page.runs.map((run) => run.text));
    expect(runs.filter((text) => text === formatFen(day.openingBalanceFen)).length).toBeGreaterThanOrEqual(2);
  });

  it("prints in English when asked, negative balances with a minus sign", async () => {
    const day = { ...statement(), openingBalanceFen: -500_000 };
    const { pages } = readPdf(await statementPdf(day, { language: "en" }));
    const lines = pages.flatMap((page) => page.lines);
    expect(lines[0]).toBe(`Statement ${day.date}`);
    const opening = formatFen(day.openingBalanceFen);
    expect(opening.startsWith("-¥")).toBe(true);
    expect(lines.some((line) => line.startsWith(`${opening} `))).toBe(true);
    expect(lines).toContain(`Shop: ${day.shop.name}`);
    expect(lines).toContain(`Supplier: ${day.supplier.name}`);
  });
});
