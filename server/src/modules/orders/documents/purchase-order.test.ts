import { beforeAll, describe, expect, it } from "vitest";
import { formatFen } from "./money.js";
import { purchaseOrderPdf } from "./purchase-order.js";
import { readCode128 } from "./testing/code128-reader.js";
import { type PdfFont, type PdfPage, readPdf, type TextRun } from "./testing/pdf-pages.js";
import { purchaseOrder } from "./testing/samples.js";
import type { PurchaseOrderDocument, PurchaseOrderLine } from "./types.js";

const COLUMN_TITLES = "# SKU 编码 商品 规格 单价 订购 缺货 金额";

/** The first printed line of a row: its number, SKU code, … unit price, ordered, short, amount. */
function rowOf(lines: string[], index: number, line: PurchaseOrderLine): string | undefined {
  return lines.find((text) => text.startsWith(`${index + 1} ${line.skuCode} `));
}

describe("a purchase order with a line short-shipped in full and one in part", () => {
  const order = purchaseOrder();
  let pages: PdfPage[];
  let fonts: PdfFont[];
  let lines: string[];

  beforeAll(async () => {
    ({ pages, fonts } = readPdf(await purchaseOrderPdf(order)));
    lines = pages.flatMap((page) => page.lines);
  });

  it("names both parties, the number, the day and the fulfilment mode", () => {
    const text = pages.map((page) => page.text).join("");
    for (const party of [order.supplier, order.shop]) {
      for (const value of [party.name, party.contact, party.phone, party.address]) expect(text).toContain(value);
    }
    expect(lines).toContain(`采购单号：${order.number}`);
    expect(lines).toContain(`日期：${order.date}    截单时间：${order.cutoffTime}    履约方式：自提`);
    expect(text).toContain("自提：门店到供货方取货");
  });

  it("carries its number as a barcode that reads back", () => {
    expect(pages[0]?.images.map(readCode128)).toEqual([order.number]);
  });

  it("prints unit price, quantity, short-shipped units and the amount actually delivered", () => {
    order.lines.forEach((line, i) => {
      const short = line.shortShipped > 0 ? ` ${line.shortShipped}` : "";
      const delivered = line.unitPriceFen * (line.quantity - line.shortShipped);
      // A line not delivered at all shows, struck through, what it would have cost.
      const amount = delivered === 0 ? line.unitPriceFen * line.quantity : delivered;
      const expected = ` ${formatFen(line.unitPriceFen)} ${line.quantity}${short} ${formatFen(amount)}`;
      expect(rowOf(lines, i, line)?.slice(-expected.length)).toBe(expected);
    });
  });

  it("totals what was ordered, takes off what was short-shipped, and says what the shop pays", () => {
    const units = (pick: (line: PurchaseOrderLine) => number) => order.lines.reduce((sum, line) => sum + pick(line), 0);
    const fen = (pick: (line: PurchaseOrderLine) => number) => units((line) => line.unitPriceFen * pick(line));
    const ordered = (line: PurchaseOrderLine) => line.quantity;
    const short = (line: PurchaseOrderLine) => line.shortShipped;
    const delivered = (line: PurchaseOrderLine) => line.quantity - line.shortShipped;
    expect(lines).toContain(`订购金额（${units(ordered)} 件） ${formatFen(fen(ordered))}`);
    expect(lines).toContain(`缺货扣减（${units(short)} 件） ${formatFen(-fen(short))}`);
    expect(lines).toContain(`应付金额（${units(delivered)} 件） ${formatFen(fen(delivered))}`);
  });

  it("strikes through, in grey, the lines not delivered at all and only those", () => {
    const [page] = pages;
    if (!page) throw new Error("no page");
    // A strike starts where its text starts, a few points above the baseline.
    const isStruck = (run: TextRun) =>
      page.segments.some((line) => Math.abs(line.x1 - run.x) < 0.01 && Math.abs(line.y - run.y) < 8);
    order.lines.forEach((line, i) => {
      const sku = page.runs.find(
        (run) => run.text === line.skuCode && page.runs.some((r) => r.y === run.y && r.text === String(i + 1)),
      );
      const row = page.runs.filter((run) => run.y === sku?.y && run.text !== "");
      const wholly = line.shortShipped === line.quantity;
      expect(row.length).toBeGreaterThan(5);
      expect(row.filter(isStruck)).toHaveLength(wholly ? row.length : 0);
      for (const run of row) expect(run.colour).toBe(wholly ? "0.333 0.333 0.333" : "0 0 0");
    });
  });

  it("explains the struck-through line and prints the order's note", () => {
    const text = pages.map((page) => page.text).join("");
    expect(text).toContain("划线的行整行缺货，不计金额。");
    expect(text).toContain(`备注：${order.note}`);
  });

  it("leaves lines to sign and numbers its one page", () => {
    expect(lines.some((line) => line.startsWith("供货方签字：") && line.includes("采购方签字："))).toBe(true);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.runs.map((run) => run.text)).toContain("第 1 / 1 页");
  });

  it("embeds the regular and bold fonts as subsets", () => {
    expect(fonts.map((font) => font.embedded)).toEqual(["FontFile3", "FontFile3"]);
    for (const font of fonts) expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$/);
  });
});

describe("a long purchase order", () => {
  const base = purchaseOrder();
  const order: PurchaseOrderDocument = {
    ...base,
    fulfilment: "dropship",
    lines: Array.from({ length: 60 }, (_, i) => ({ ...(base.lines[i % base.lines.length] as PurchaseOrderLine) })),
  };

  it("repeats its header and the column titles on every page and numbers the pages", async () => {
    const { pages } = readPdf(await purchaseOrderPdf(order));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.lines).toContain(`采购单号：${order.number}`);
      expect(page.images.map(readCode128)).toEqual([order.number]);
      expect(page.runs.map((run) => run.text)).toContain(`第 ${i + 1} / ${pages.length} 页`);
    });
    // The column titles head every page that has lines on it.
    const withLines = pages.filter((page) => page.lines.some((line) => /^\d+ XD-/.test(line)));
    for (const page of withLines) expect(page.lines).toContain(COLUMN_TITLES);
    const numbers = pages.flatMap((page) => page.lines.map((line) => /^(\d+) XD-/.exec(line)?.[1]).filter(Boolean));
    expect(numbers).toEqual(order.lines.map((_, i) => String(i + 1)));
    expect(pages.flatMap((page) => page.lines)).toContain("日期：2025-05-14    截单时间：16:00    履约方式：代发");
  });
});

describe("purchase order input", () => {
  it("refuses a line short-shipped by more than was ordered", async () => {
    const order = purchaseOrder();
    const lines = order.lines.map((line, i) => (i === 0 ? { ...line, shortShipped: line.quantity + 1 } : line));
    await expect(purchaseOrderPdf({ ...order, lines })).rejects.toThrow(/short-shipped/);
  });

  it("refuses a price given in yuan instead of whole fen", async () => {
    const order = purchaseOrder();
    const lines = order.lines.map((line, i) => (i === 0 ? { ...line, unitPriceFen: 45.9 } : line));
    await expect(purchaseOrderPdf({ ...order, lines })).rejects.toThrow(RangeError);
  });

  it("prints English labels when asked", async () => {
    const order = purchaseOrder();
    const { pages } = readPdf(await purchaseOrderPdf(order, { language: "en" }));
    const lines = pages.flatMap((page) => page.lines);
    expect(lines[0]).toBe("Purchase order");
    expect(lines).toContain(`PO: ${order.number}`);
    expect(lines).toContain("# SKU Product Options Price Qty Short Amount");
    expect(pages[0]?.text).toContain(order.shop.name);
  });
});
