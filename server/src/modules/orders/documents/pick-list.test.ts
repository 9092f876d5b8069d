import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { FONT_FILES } from "./fonts.js";
import { labelsFor } from "./labels.js";
import { pickListPdf } from "./pick-list.js";
import { readCode128 } from "./testing/code128-reader.js";
import { type PdfFont, type PdfPage, readPdf } from "./testing/pdf-pages.js";
import { pickList } from "./testing/samples.js";
import type { PickListDocument } from "./types.js";

const zh = labelsFor("zh-CN");
const unitsOf = (lines: { quantity: number }[]) => lines.reduce((sum, line) => sum + line.quantity, 0);

describe("the pick list of a supplier with seven shops", () => {
  // Seven shops of three to nine lines: three pages of A4.
  const list = pickList(7);
  let pdf: Buffer;
  let pages: PdfPage[];
  let fonts: PdfFont[];

  beforeAll(async () => {
    pdf = await pickListPdf(list);
    ({ pages, fonts } = readPdf(pdf));
  });

  const allLines = () => pages.flatMap((page) => page.lines);

  it("runs to several pages, each numbered 第 n / total 页 and headed with the columns", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.runs.map((run) => run.text)).toContain(`第 ${i + 1} / ${pages.length} 页`);
      expect(page.lines).toContain(`${zh.picked} ${zh.skuCode} ${zh.title} ${zh.options} ${zh.quantity}`);
      expect(page.lines[0]).toBe(`${zh.pickList.title} ${list.date}    截单时间：${list.cutoffTime}`);
    });
  });

  it("names the hub and the supplier in Chinese on every page", () => {
    for (const page of pages) {
      expect(page.lines).toContain(`供货方：${list.supplierName}`);
      expect(page.lines.some((line) => line.startsWith(`服务中心：${list.hubName}`))).toBe(true);
    }
  });

  it("prints every line once, with its SKU code first and its quantity last", () => {
    const skuCodes = new Set(list.shops.flatMap((shop) => shop.lines.map((line) => line.skuCode)));
    const printed = allLines()
      .map((line) => line.split(" "))
      .filter((words) => skuCodes.has(words[0] ?? ""))
      .map((words) => `${words[0]} × ${words.at(-1)}`);
    const expected = list.shops.flatMap((shop) => shop.lines.map((line) => `${line.skuCode} × ${line.quantity}`));
    expect(printed.sort()).toEqual(expected.sort());
  });

  it("prints each line's title and options", () => {
    const text = pages.map((page) => page.text).join("");
    for (const line of list.shops.flatMap((shop) => shop.lines)) {
      expect(text).toContain(line.title);
      for (const option of line.options) expect(text).toContain(`${option.name}: ${option.value}`);
    }
  });

  it("heads each shop's lines with its name and counts them under them", () => {
    const lines = allLines();
    for (const shop of list.shops) {
      const heading = lines.indexOf(shop.shopName);
      const count = lines.indexOf(`小计：${shop.lines.length} 行，${unitsOf(shop.lines)} 件`, heading);
      expect(heading).toBeGreaterThanOrEqual(0);
      expect(count).toBeGreaterThan(heading);
      expect(lines).toContain(`采购单号：${shop.purchaseOrderNumber}    ${zh.fulfilments[shop.fulfilment]}`);
    }
  });

  it("starts every page's rows under a shop's name, marked 续 when the shop runs on", () => {
    const headings = new Set(
      list.shops.flatMap((shop) => [shop.shopName, `${shop.shopName}（续） ${shop.purchaseOrderNumber}`]),
    );
    for (const page of pages) {
      const columns = page.lines.indexOf(`${zh.picked} ${zh.skuCode} ${zh.title} ${zh.options} ${zh.quantity}`);
      const first = page.lines[columns + 1] ?? "";
      expect(headings.has(first.replace(/\s+/g, " "))).toBe(true);
    }
  });

  it("totals shops, lines and units at the end", () => {
    const lines = list.shops.flatMap((shop) => shop.lines);
    const total = `合计：${list.shops.length} 个门店，${lines.length} 行，${unitsOf(lines)} 件`;
    expect(pages.at(-1)?.lines).toContain(total);
  });

  it("draws one barcode per shop that reads back as its purchase-order number", () => {
    const read = pages.flatMap((page) => page.images.map(readCode128));
    expect(read).toEqual(list.shops.map((shop) => shop.purchaseOrderNumber));
  });

  it("embeds subsets of the shipped regular and bold fonts, so the file stays small", () => {
    // "ABCDEF+" before the name marks a subset; FontFile3 holds CFF outlines.
    const weights = fonts.map((font) => /^[A-Z]{6}\+NotoSansCJKsc-(\w+)$/.exec(font.name)?.[1]);
    expect(weights.sort()).toEqual(["Bold", "Regular"]);
    for (const font of fonts) expect(font.embedded).toBe("FontFile3");
    const smallestFont = Math.min(...Object.values(FONT_FILES).map((file) => fs.statSync(file).size));
    // The whole document weighs less than a twentieth of one font file: only used glyphs went in.
    expect(pdf.length).toBeLessThan(smallestFont / 20);
  });
});

describe("the pick list in English", () => {
  it("prints English labels around the suppliers' Chinese data", async () => {
    const list = pickList(2);
    const { pages } = readPdf(await pickListPdf(list, { language: "en" }));
    const lines = pages.flatMap((page) => page.lines);
    expect(lines[0]).toBe(`Pick list ${list.date}    Cut-off: ${list.cutoffTime}`);
    expect(pages[0]?.runs.map((run) => run.text)).toContain(`Page 1 of ${pages.length}`);
    expect(lines).toContain(`Supplier: ${list.supplierName}`);
    const [shop] = list.shops;
    expect(lines).toContain(shop?.shopName);
    expect(lines).toContain(
      `PO: ${shop?.purchaseOrderNumber}    ${shop?.fulfilment === "pickup" ? "Pickup" : "Dropship"}`,
    );
  });
});

describe("pick list input", () => {
  const withShop = (change: Partial<PickListDocument["shops"][number]>): PickListDocument => {
    const list = pickList(1);
    return { ...list, shops: list.shops.map((shop) => ({ ...shop, ...change })) };
  };

  it("prints a day without orders as an empty list with zero totals", async () => {
    const { pages } = readPdf(await pickListPdf({ ...pickList(1), shops: [] }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.lines).toContain("合计：0 个门店，0 行，0 件");
  });

  it("prints a long purchase-order number whole, under a barcode that still reads", async () => {
    const number = "PO-20250514-HUB0001-SUPPLIER-00042-SHOP-01234";
    const { pages } = readPdf(await pickListPdf(withShop({ purchaseOrderNumber: number })));
    expect(pages[0]?.images.map(readCode128)).toEqual([number]);
    expect(pages[0]?.runs.map((run) => run.text)).toContain(number);
  });

  it("refuses a purchase-order number a Code 128 barcode cannot hold", async () => {
    await expect(pickListPdf(withShop({ purchaseOrderNumber: "采购单-0001" }))).rejects.toThrow(RangeError);
  });

  it("refuses a quantity that is not a whole number", async () => {
    const list = pickList(1);
    const [shop] = list.shops;
    if (!shop) throw new Error("the sample has a shop");
    const lines = shop.lines.map((line, i) => (i === 0 ? { ...line, quantity: 1.5 } : line));
    await expect(pickListPdf({ ...list, shops: [{ ...shop, lines }] })).rejects.toThrow(/quantity/);
  });
});
