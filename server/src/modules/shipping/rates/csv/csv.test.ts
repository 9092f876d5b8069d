import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRateCards } from "../../demo-rates.js";
import { PROVINCES } from "../../provinces.js";
import { provinceFromText } from "./places.js";
import { parseRateCardCsv, readRateCardFile } from "./read.js";
import { rateCardToCsv, rateCardToXlsx } from "./write.js";

let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "rate-sheet-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A sheet as an operator types it: settings, a blank line, then the table (all provinces but the ones given). */
function sheet(rows: string[], options: { settings?: string[]; skip?: string[] } = {}): string {
  const provinceRows = rows.map((row) => row.split(",")).filter((cells) => !cells[1]);
  const given = new Set([...(options.skip ?? []), ...provinceRows.map((cells) => provinceFromText(cells[0] ?? ""))]);
  const others = PROVINCES.filter((p) => !given.has(p.code) && !given.has(p.zh)).map((p) => `${p.zh},,1,,1.50,,,`);
  return [
    ...(options.settings ?? ["快递公司,中通", "计重取整(kg),1", "每日揽收上限(票),30000", "单量阶梯,2000,0.05"]),
    "",
    "目的省份,城市,上限(kg),首重(kg),首重价(元),续重价(元/kg),偏远附加费(元),不派送",
    ...rows,
    ...others,
  ].join("\n");
}

const problems = (text: string) => {
  const result = parseRateCardCsv(text);
  return result.ok ? [] : result.problems;
};

describe("rate sheets", () => {
  it("read back every demo card exactly as exported", () => {
    for (const card of demoRateCards()) {
      const result = parseRateCardCsv(rateCardToCsv(card));
      expect(result).toEqual({ ok: true, card });
    }
  });

  it("read an exported card back from a file, byte-order mark and all", async () => {
    const [card] = demoRateCards();
    const file = path.join(folder, "export.csv");
    fs.writeFileSync(file, rateCardToCsv(card as never));
    expect(await readRateCardFile(file)).toEqual({ ok: true, card });
  });

  it("read every demo card back from the XLSX it is exported as", async () => {
    for (const card of demoRateCards()) {
      const file = path.join(folder, `${card.carrier}.xlsx`);
      fs.writeFileSync(file, await rateCardToXlsx(card));
      expect(await readRateCardFile(file)).toEqual({ ok: true, card });
    }
  });

  it("read a GBK file with Chinese names, a prefecture override and a place not served", async () => {
    const text = sheet([
      "浙江省,,1,,1.40,,,",
      "浙江省,,,1,3.00,1.00,,",
      "浙江省,金华市,1,,1.20,,,",
      "新疆维吾尔自治区,,,1,12.00,10.00,3.00,",
      "西藏,,,,,,,是",
      "海南,三沙市,,,,,,是",
    ]);
    const file = path.join(folder, "gbk.csv");
    fs.writeFileSync(file, iconv.encode(text, "gbk"));
    const result = await readRateCardFile(file);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { card } = result;
    expect(card).toMatchObject({ carrier: "ZTO", weightStepGrams: 1000, dailyCapacity: 30_000 });
    expect(card.tiers).toEqual([{ minParcels: 2000, discountFen: 5 }]);
    const find = (province: string, city?: string) =>
      card.destinations.find((d) => d.province === province && d.city === city);
    expect(find("33")).toEqual({
      province: "33",
      served: true,
      surchargeFen: 0,
      bands: [
        { kind: "flat", upToGrams: 1000, priceFen: 140 },
        { kind: "stepped", upToGrams: null, firstGrams: 1000, firstPriceFen: 300, perKgFen: 100 },
      ],
    });
    expect(find("33", "3307")).toMatchObject({ served: true, bands: [{ kind: "flat", priceFen: 120 }] });
    expect(find("65")).toMatchObject({ served: true, surchargeFen: 300 });
    expect(find("54")).toEqual({ province: "54", served: false });
    expect(find("46", "4603")).toEqual({ province: "46", city: "4603", served: false });
  });

  it("read the first worksheet of an XLSX", async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("价格");
    for (const line of sheet([]).split("\n")) worksheet.addRow(line === "" ? [] : line.split(","));
    const file = path.join(folder, "card.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await readRateCardFile(file);
    expect(result.ok && result.card.destinations).toHaveLength(31);
  });

  it("point cell problems at their row and column", () => {
    const text = sheet([
      "浙江,,1,,1,5,,,",
      "火星,,1,,1.50,,,",
      "江苏,,1,,abc,,,",
      "广东,,1,,,,,",
      "安徽,,1,,1.50,,,是",
    ]);
    expect(problems(text)).toEqual([
      { row: 7, column: "首重(kg)", code: "rate_sheet_value_missing", params: {} },
      { row: 8, column: "目的省份", code: "rate_sheet_province_unknown", params: { value: "火星" } },
      { row: 9, column: "首重价(元)", code: "rate_sheet_amount_invalid", params: { value: "abc" } },
      { row: 10, column: "首重价(元)", code: "rate_sheet_value_missing", params: {} },
      { row: 11, column: "上限(kg)", code: "rate_sheet_not_served_priced", params: {} },
    ]);
  });

  it("point a card's problems at the rows they come from: overlap, negative price, tiers, a missing province", () => {
    const text = sheet(["浙江,,1,,1.40,,,", "浙江,,1,,1.60,,,", "江苏,,1,,-1.50,,,"], {
      settings: ["快递公司,ZTO", "单量阶梯,2000,0.10", "单量阶梯,1000,0.20"],
      skip: ["新疆"],
    });
    expect(problems(text)).toEqual([
      { column: "目的省份", code: "rate_province_missing", params: { province: "65", name: "新疆" } },
      {
        row: 3,
        column: "单量阶梯(票/天 元/票)",
        code: "rate_tier_threshold_not_increasing",
        params: { tier: 2, value: 1000, previous: 2000 },
      },
      { row: 7, column: "上限(kg)", code: "rate_bands_overlap", params: { value: "1" } },
      { row: 8, column: "首重价(元)", code: "rate_price_negative", params: {} },
    ]);
  });

  it("say what is missing around the table", () => {
    expect(problems("快递公司,ZTO\n省,价格\n")).toEqual([
      { code: "rate_sheet_no_table", params: { header: "目的省份" } },
    ]);
    expect(problems("快递公司,ZTO\n目的省份,城市\n浙江,\n")).toEqual([
      { row: 2, code: "rate_sheet_columns_missing", params: { columns: "上限(kg), 首重价(元)" } },
    ]);
    const noCarrier = problems(sheet([], { settings: ["折扣,0.9"] }));
    expect(noCarrier).toEqual([
      { row: 1, column: "折扣", code: "rate_sheet_setting_unknown", params: { value: "折扣" } },
      { column: "快递公司", code: "rate_sheet_carrier_missing", params: {} },
    ]);
  });
});
