import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { manifestCsv } from "./manifest-csv.js";
import { manifest } from "./testing/samples.js";

const BOM = "\uFEFF";
const rowsOf = (csv: string): string[][] => parse(csv.slice(BOM.length), { record_delimiter: "\r\n" });

describe("the manifest as CSV", () => {
  const doc = manifest(120);
  const csv = manifestCsv(doc, "zh-CN");
  const [header = [], ...rows] = rowsOf(csv);
  const column = (name: string) => header.indexOf(name);
  const [first] = doc.parcels;
  if (!first) throw new Error("the sample has parcels");

  it("starts with a UTF-8 byte-order mark and ends its lines with CRLF, for Excel on Chinese Windows", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(doc.parcels.length + 2);
    expect(csv.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("names its columns in Chinese and has one row per parcel naming the day, hub and carrier", () => {
    expect(header).toEqual([
      "日期",
      "服务中心",
      "快递公司",
      "运单号",
      "寄件人",
      "目的省份",
      "目的城市",
      "重量(kg)",
      "揽收时间",
    ]);
    expect(rows).toHaveLength(120);
    for (const row of rows) expect(row.slice(0, 3)).toEqual([doc.date, doc.hub.name, doc.carrier.name]);
    expect(rows.map((row) => row[column("运单号")])).toEqual(doc.parcels.map((parcel) => parcel.trackingNumber));
  });

  it("writes weights in kg with three decimals, exactly", () => {
    expect(rows.slice(0, 5).map((row) => row[column("重量(kg)")])).toEqual([
      "0.350",
      "1.587",
      "2.824",
      "4.061",
      "5.298",
    ]);
    const heavy = manifestCsv({ ...doc, parcels: [{ ...first, weightGrams: 1_000_010 }] });
    expect(rowsOf(heavy)[1]?.[column("重量(kg)")]).toBe("1000.010");
  });

  it("gives collection times in the hub's time zone, and nothing for a parcel still waiting", () => {
    expect(rows[0]?.[column("揽收时间")]).toBe("2025-05-14 09:00");
    expect(rows[1]?.[column("揽收时间")]).toBe("2025-05-14 09:03");
    expect(rows[2]?.[column("揽收时间")]).toBe("");
  });

  it("keeps a sender that looks like a formula from running in the spreadsheet", () => {
    const hostile = { ...first, sender: '=HYPERLINK("http://example.com","点我")', city: "@SUM(1)" };
    const [, row] = rowsOf(manifestCsv({ ...doc, parcels: [hostile] }));
    expect(row?.[column("寄件人")]).toBe(`'${hostile.sender}`);
    expect(row?.[column("目的城市")]).toBe("'@SUM(1)");
  });

  it("names its columns in English when asked", () => {
    const [english] = rowsOf(manifestCsv(doc, "en"));
    expect(english).toEqual([
      "Date",
      "Hub",
      "Carrier",
      "Tracking number",
      "Sender",
      "Province",
      "City",
      "Weight (kg)",
      "Collected at",
    ]);
  });
});
