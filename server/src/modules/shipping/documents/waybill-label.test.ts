import bwipjs from "bwip-js";
import { beforeAll, describe, expect, it } from "vitest";
import { readCode128 } from "../../orders/documents/testing/code128-reader.js";
import { type PdfPage, readPdf } from "../../orders/documents/testing/pdf-pages.js";
import { LAYOUTS } from "./label-layout.js";
import { barsImage, barsOf, type LabelPage, qrModules, readLabelPages } from "./testing/label-pages.js";
import { waybill, waybills } from "./testing/samples.js";
import type { LabelSize, WaybillLabel } from "./types.js";
import { waybillLabelsPdf } from "./waybill-label.js";

const POINTS_PER_MM = 72 / 25.4;
const SIZES: [LabelSize, number, number][] = [
  ["100x180", 100, 180],
  ["76x130", 76, 130],
];

describe.each(SIZES)("%s mm waybill labels", (size, widthMm, heightMm) => {
  // Twelve labels: every destination with every carrier's kind of tracking number.
  const labels = waybills(12);
  let pages: PdfPage[];
  let shapes: LabelPage[];

  beforeAll(async () => {
    const pdf = await waybillLabelsPdf(labels, { size });
    pages = readPdf(pdf).pages;
    shapes = readLabelPages(pdf);
  });

  it("prints one page per label, exactly the label's size", () => {
    expect(pages).toHaveLength(labels.length);
    for (const { mediaBox } of shapes) {
      expect(mediaBox.slice(0, 2)).toEqual([0, 0]);
      expect(mediaBox[2]).toBeCloseTo(widthMm * POINTS_PER_MM, 3);
      expect(mediaBox[3]).toBeCloseTo(heightMm * POINTS_PER_MM, 3);
    }
  });

  it("prints each tracking number, the destination whole and the carrier on its own label", () => {
    labels.forEach((label, i) => {
      const runs = pages[i]?.runs.map((run) => run.text);
      expect(runs).toContain(label.trackingNumber);
      expect(runs).toContain(`${label.destination.province} ${label.destination.city}`);
      expect(runs).toContain(label.carrier.name);
    });
  });

  it("draws a Code 128 symbol that reads back as the tracking number, modules on whole dots of at least 0.25 mm", () => {
    labels.forEach((label, i) => {
      const image = barsImage(barsOf(shapes[i] as LabelPage));
      expect(readCode128(image)).toBe(label.trackingNumber);
      const dots = (image.module / 72) * 203;
      expect(image.module / POINTS_PER_MM).toBeGreaterThanOrEqual(0.25);
      expect(dots).toBeCloseTo(Math.round(dots), 3);
    });
  });

  it("draws a QR code of the carrier's code and the tracking number", () => {
    labels.forEach((label, i) => {
      const [expected] = bwipjs.raw("qrcode", `${label.carrier.code}:${label.trackingNumber}`, "eclevel=M mask=1");
      if (!expected || !("pixs" in expected)) throw new Error("bwip-js made no QR code");
      const rows = Array.from({ length: expected.pixy }, (_, row) =>
        expected.pixs.slice(row * expected.pixx, (row + 1) * expected.pixx).map((pixel) => pixel === 1),
      );
      expect(qrModules(shapes[i] as LabelPage)).toEqual(rows);
    });
  });

  it("prints the parties, the recipient's phone masked, the items, weight in kg and the order number", () => {
    labels.forEach((label, i) => {
      const lines = pages[i]?.lines ?? [];
      expect(lines).toContain("收件人");
      expect(lines).toContain(`${label.recipient.name} ${label.recipient.phone}`);
      expect(lines).toContain(`${label.sender.name} ${label.sender.phone}`);
      expect(pages[i]?.text).toContain(label.recipient.address.slice(0, 8));
      expect(lines.some((line) => line.startsWith(`物品：${label.items.slice(0, 6)}`))).toBe(true);
      expect(lines).toContain(`订单号：${label.orderNumber}`);
    });
    expect(pages[0]?.lines).toContain("重量：0.35 kg");
    expect(pages[1]?.lines).toContain("重量：1.587 kg");
  });

  it("cuts a long item list with … rather than running off the label", () => {
    const long = pages[1]?.lines.find((line) => line.startsWith("物品："));
    expect(long?.endsWith("…")).toBe(true);
    expect(labels[1]?.items.startsWith((long ?? "").slice(3, -1).trim())).toBe(true);
  });

  it("keeps the bars and the QR code on the label, clear of any text", () => {
    const { width, height, margin } = LAYOUTS[size];
    shapes.forEach((shape, i) => {
      for (const rect of shape.fills) {
        expect(rect.x).toBeGreaterThan(margin);
        expect(rect.x + rect.width).toBeLessThan(width - margin);
        expect(rect.y).toBeGreaterThan(margin);
        expect(rect.y + rect.height).toBeLessThan(height - margin);
      }
      const [bar] = barsOf(shape);
      const baselines = pages[i]?.runs.map((run) => height - run.y) ?? [];
      expect(bar).toBeDefined();
      for (const baseline of baselines)
        expect(baseline < (bar?.y ?? 0) || baseline > (bar?.y ?? 0) + (bar?.height ?? 0)).toBe(true);
    });
  });

  it("keeps every line of text on the label", () => {
    const { width, height } = LAYOUTS[size];
    for (const run of pages.flatMap((page) => page.runs)) {
      expect(run.x).toBeGreaterThan(0);
      expect(run.x).toBeLessThan(width);
      expect(run.y).toBeGreaterThan(0);
      expect(run.y).toBeLessThan(height);
    }
  });
});

describe("waybill label details", () => {
  const withRecipientPhone = (phone: string): WaybillLabel => {
    const label = waybill(0);
    return { ...label, recipient: { ...label.recipient, phone } };
  };

  it("masks a recipient's mobile number that arrived whole", async () => {
    const { pages } = readPdf(await waybillLabelsPdf([withRecipientPhone("+86 138-1234-5678")], { size: "76x130" }));
    expect(pages[0]?.lines).toContain(`${waybill(0).recipient.name} 138****5678`);
    expect(pages[0]?.text).not.toContain("1234");
  });

  it("cuts a long recipient name, never the phone number", async () => {
    const label = waybill(0);
    const name = "阿卜杜拉·买买提·艾合买提江·吐尔逊·阿不都热合曼·努尔买买提";
    const long = { ...label, recipient: { ...label.recipient, name } };
    const { pages } = readPdf(await waybillLabelsPdf([long], { size: "76x130" }));
    const line = pages[0]?.lines.find((text) => text.startsWith("阿卜杜拉"));
    expect(line).toMatch(new RegExp(`^阿卜杜拉·.*… ${label.recipient.phone.replaceAll("*", "\\*")}$`));
  });

  it("says Recipient and Sender in English", async () => {
    const { pages } = readPdf(await waybillLabelsPdf(waybills(1), { size: "100x180", language: "en" }));
    expect(pages[0]?.lines).toEqual(expect.arrayContaining(["Recipient", "Sender", "Weight: 0.35 kg"]));
    expect(pages[0]?.text).not.toContain("收件人");
  });

  it("lays the bands of each size out to fill the label exactly", () => {
    for (const layout of Object.values(LAYOUTS)) {
      const bands = Object.values(layout.bands).reduce((sum, band) => sum + band, 0);
      expect(bands + 2 * layout.margin).toBeCloseTo(layout.height, 6);
    }
  });

  it("refuses what it cannot print truthfully", async () => {
    const label = waybill(0);
    await expect(waybillLabelsPdf([], { size: "76x130" })).rejects.toThrow(RangeError);
    await expect(waybillLabelsPdf([{ ...label, trackingNumber: "中通73100" }], { size: "76x130" })).rejects.toThrow(
      RangeError,
    );
    await expect(waybillLabelsPdf([{ ...label, weightGrams: 350.5 }], { size: "76x130" })).rejects.toThrow(/grams/);
    const tooLong = { ...label, trackingNumber: "ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789" };
    await expect(waybillLabelsPdf([tooLong], { size: "76x130" })).rejects.toThrow(/too long/);
  });
});
