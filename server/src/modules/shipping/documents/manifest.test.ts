import { beforeAll, describe, expect, it } from "vitest";
import { type PdfPage, readPdf } from "../../orders/documents/testing/pdf-pages.js";
import { manifestPdf } from "./manifest.js";
import { manifestFigures } from "./manifest-figures.js";
import { manifest } from "./testing/samples.js";

describe("a pickup manifest of 120 parcels", () => {
  const doc = manifest(120);
  let pages: PdfPage[];
  const allLines = () => pages.flatMap((page) => page.lines);

  beforeAll(async () => {
    pages = readPdf(await manifestPdf(doc)).pages;
  });

  it("runs to several A4 pages, each headed and numbered 第 n / total 页", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.lines[0]).toBe(`揽收清单 ${doc.date}`);
      expect(page.lines).toContain(
        "服务中心：义乌福田服务中心    快递公司：中通快递 ZTO    揽收网点：中通义乌福田网点",
      );
      expect(page.lines).toContain("# 运单号 寄件人 目的地 重量(kg) 揽收");
      expect(page.runs.map((run) => run.text)).toContain(`第 ${i + 1} / ${pages.length} 页`);
    });
  });

  it("counts parcels collected and waiting, with their weight, on every page", () => {
    // Every third sample parcel waits: 40 of 120. Weights cycle 0.350, 1.587, 2.824, 4.061, 5.298 kg:
    // 14.120 kg each five parcels, 24 times.
    const count = "共 120 件，已揽收 80 件，待揽收 40 件，合计 338.880 kg";
    for (const page of pages) expect(page.lines).toContain(count);
  });

  it("counts the parcels per destination province on the first page, most first", () => {
    const line = pages[0]?.text ?? "";
    const { provinces } = manifestFigures(doc);
    expect(provinces.reduce((sum, entry) => sum + entry.parcels, 0)).toBe(120);
    const expected = provinces.map((entry) => `${entry.province} ${entry.parcels}`).join(" · ");
    expect(line).toContain(`目的省份：${expected}`);
    // Of each twelve sample parcels, four go to 浙江, three to 广东, two to 新疆, one each elsewhere.
    expect(provinces.slice(0, 3)).toEqual([
      { province: "浙江", parcels: 40 },
      { province: "广东", parcels: 30 },
      { province: "新疆", parcels: 20 },
    ]);
  });

  it("lists every parcel once, in order, with its weight in kg and its collection time in the hub's zone", () => {
    const rows = allLines().filter((line) => /^\d+ 73\d{12} /.test(line));
    expect(rows).toHaveLength(120);
    doc.parcels.forEach((parcel, i) => {
      const row = rows[i] ?? "";
      expect(
        row.startsWith(`${i + 1} ${parcel.trackingNumber} ${parcel.sender} ${parcel.province} ${parcel.city}`),
      ).toBe(true);
    });
    // Parcel 0 was scanned at 01:00 UTC, 09:00 in Shanghai; parcel 2 still waits (a box, no text).
    expect(rows[0]?.endsWith(" 0.350 √ 09:00")).toBe(true);
    expect(rows[2]?.endsWith(" 2.824")).toBe(true);
  });

  it("ends with lines for the hub and the courier to sign", () => {
    const last = pages.at(-1)?.lines ?? [];
    expect(last).toContain("服务中心交件人： 快递员： 交接时间：");
  });

  it("says when it was printed, in the hub's time", () => {
    // printedAt 10:30 UTC is 18:30 in Shanghai.
    expect(pages[0]?.runs.map((run) => run.text)).toContain("打印时间 2025-05-14 18:30");
  });
});

describe("the manifest in other cases", () => {
  it("speaks English when asked", async () => {
    const { pages } = readPdf(await manifestPdf(manifest(3), { language: "en" }));
    const lines = pages.flatMap((page) => page.lines);
    expect(lines[0]).toBe("Pickup manifest 2025-05-14");
    expect(lines).toContain("3 parcels: 2 collected, 1 waiting, 4.761 kg in all");
    expect(lines).toContain("# Tracking number Sender Destination Weight (kg) Collected");
  });

  it("prints an empty day as one page of zero counts", async () => {
    const { pages } = readPdf(await manifestPdf({ ...manifest(0), station: null }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.lines).toContain("共 0 件，已揽收 0 件，待揽收 0 件，合计 0.000 kg");
    expect(pages[0]?.lines).toContain("服务中心：义乌福田服务中心    快递公司：中通快递 ZTO");
  });

  it("dates a scan from another day", async () => {
    const doc = manifest(1);
    const parcels = doc.parcels.map((parcel) => ({ ...parcel, collectedAt: "2025-05-13T12:05:00Z" }));
    const { pages } = readPdf(await manifestPdf({ ...doc, parcels }));
    expect(pages[0]?.lines.some((line) => line.endsWith("0.350 √ 05-13 20:05"))).toBe(true);
  });
});
