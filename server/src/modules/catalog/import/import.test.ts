import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../../test/app.js";
import { tableDigests } from "../../../db/backup.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { csv, type Json, jpeg, postFiles, settled, xlsx, zip } from "./test-helpers.js";

let t: TestApp;
let hubId: string;
let suppliers = 0;

type Supplier = { browser: Browser; orgId: string; url: string };
type Import = Json;

beforeAll(async () => {
  t = await testApp();
  hubId = (await makeHub(t.database.db)).id;
});
afterAll(() => t.close());

async function newSupplier(hub = hubId): Promise<Supplier> {
  suppliers += 1;
  const browser = new Browser(t.app);
  await browser.signUp(`factory-${suppliers}@example.com`);
  const orgId = (await browser.post("/api/orgs", { hubId: hub, kind: "supplier", name: `箱包厂${suppliers}号` })).json()
    .id;
  return { browser, orgId, url: `/api/orgs/${orgId}/imports` };
}

const HEADER = [
  "商品标题",
  "类目",
  "规格1名",
  "规格1值",
  "规格2名",
  "规格2值",
  "商家编码",
  "重量(克)",
  "库存",
  "起批量",
  "批发价(元)",
  "起批量2",
  "批发价2(元)",
  "代发价(元)",
  "图片",
  "状态",
] as const;
type Row = Partial<Record<(typeof HEADER)[number], string | number>>;
const sheet = (rows: Row[]) => [[...HEADER], ...rows.map((row) => HEADER.map((column) => row[column] ?? ""))];

const tote = (code: string, colour: string, size: string, extra: Row = {}): Row => ({
  商品标题: "帆布托特包 大容量",
  类目: "女包",
  规格1名: "颜色",
  规格1值: colour,
  规格2名: "尺码",
  规格2值: size,
  商家编码: code,
  "重量(克)": 320,
  库存: 100,
  起批量: 2,
  "批发价(元)": "25.00",
  起批量2: 50,
  "批发价2(元)": "22.00",
  "代发价(元)": "￥28",
  状态: "上架",
  ...extra,
});
const bear = (extra: Row = {}): Row => ({
  商品标题: "毛绒小熊 30厘米",
  类目: "毛绒玩具",
  商家编码: "BEAR-30",
  库存: 500,
  起批量: 10,
  "批发价(元)": "12.5",
  状态: "草稿",
  ...extra,
});
const goodRows = (): Row[] => [
  tote("TOTE-1", "米白", "中号"),
  tote("TOTE-2", "米白", "大号"),
  tote("TOTE-3", "黑色", "中号"),
  tote("TOTE-4", "黑色", "大号", { 库存: 0 }),
  bear(),
];

async function check(
  supplier: Supplier,
  bytes: string | Buffer,
  options: { name?: string; pictures?: Buffer; headers?: Record<string, string> } = {},
): Promise<Import> {
  const files = [
    { field: "sheet", name: options.name ?? "products.csv", bytes },
    ...(options.pictures ? [{ field: "pictures", name: "pictures.zip", bytes: options.pictures }] : []),
  ];
  const response = await postFiles(t.app, supplier.browser, supplier.url, files, options.headers);
  expect(response.statusCode, response.body).toBe(202);
  expect(response.json().status).toBe("checking");
  return settled(supplier.browser, `${supplier.url}/${response.json().id}`, options.headers);
}

async function apply(supplier: Supplier, checked: Import): Promise<Import> {
  const response = await supplier.browser.post(`${supplier.url}/${checked.id}/apply`);
  expect(response.statusCode, response.body).toBe(202);
  return settled(supplier.browser, `${supplier.url}/${checked.id}`);
}

/** The supplier's products in full, by their first SKU code, without ids and times (to compare two catalogs). */
async function catalogOf(supplier: Supplier) {
  const list = (await supplier.browser.get(`/api/orgs/${supplier.orgId}/products?limit=200`)).json();
  const products = [];
  for (const { id } of list) {
    const product = (await supplier.browser.get(`/api/orgs/${supplier.orgId}/products/${id}`)).json();
    products.push({
      title: product.title,
      categoryId: product.categoryId,
      options: product.options,
      moq: product.moq,
      status: product.status,
      pictures: product.pictures,
      skus: product.skus.map(({ id: _, createdAt: __, updatedAt: ___, ...sku }: Record<string, unknown>) => sku),
    });
  }
  // Products of one import share their creation time: order them by what the sheet gave.
  return products.sort((a, b) => (a.skus[0]?.code > b.skus[0]?.code ? -1 : 1));
}

const errorsOf = (report: Import) =>
  report.report.errors.map((e: Import) => `${e.row} · ${e.column} · ${e.code}`) as string[];

async function digests(options: { withImports: boolean }) {
  const all = await tableDigests(t.database.db);
  if (!options.withImports) delete all.catalog_imports;
  return all;
}

describe("the template", () => {
  it("comes as UTF-8 CSV with a byte-order mark and Chinese headers, one row per SKU", async () => {
    const s = await newSupplier();
    const response = await s.browser.get(`${s.url}/template?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("attachment");
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.subarray(3).toString("utf8").split("\r\n")[0];
    for (const column of ["商品标题", "规格1名", "商家编码", "重量(克)", "批发价(元)", "批发价3(元)", "代发价(元)"])
      expect(header).toContain(column);
  });

  it("filled in as it comes, in CSV or XLSX, checks without a single error", async () => {
    const s = await newSupplier();
    const pictures = await zip({
      "tote-white.jpg": await jpeg(250),
      "tote-detail.jpg": await jpeg(200),
      "tote-black.jpg": await jpeg(10),
      "bear.jpg": await jpeg(150),
    });
    for (const format of ["csv", "xlsx"]) {
      const template = (await s.browser.get(`${s.url}/template?format=${format}`)).rawPayload;
      const checked = await check(s, template, { name: `模板.${format}`, pictures });
      expect(checked.report.errors).toEqual([]);
      expect(checked.report).toMatchObject({
        format,
        rows: 5,
        products: { create: 2, update: 0 },
        skus: { create: 5, update: 0 },
        pictures: 4,
      });
    }
  });

  it("is for suppliers only", async () => {
    const shop = new Browser(t.app);
    await shop.signUp("shop-owner@example.com");
    const shopId = (await shop.post("/api/orgs", { hubId, kind: "shop", name: "小燕饰品店" })).json().id;
    expect((await shop.get(`/api/orgs/${shopId}/imports/template`)).statusCode).toBe(403);
  });
});

describe("checking a sheet", () => {
  let s: Supplier;
  beforeAll(async () => {
    s = await newSupplier();
  });

  it("names a wrong or missing header once, instead of failing every row", async () => {
    const rows = sheet(goodRows()).map((row) => row.filter((_, i) => HEADER[i] !== "商家编码"));
    const header = rows[0] as string[];
    header[header.indexOf("批发价(元)")] = "批发价格(元)";
    const checked = await check(s, csv(rows));
    expect(checked.status).toBe("checked");
    expect(errorsOf(checked)).toEqual([
      "1 · 批发价格(元) · import_column_unknown_suggest",
      "1 · 商家编码 · import_column_missing",
      "1 · 批发价(元) · import_column_missing",
    ]);
    expect(checked.report.errors[0].message).toBe("不认识的列「批发价格(元)」，是不是「批发价(元)」？");
  });

  it("accepts English headers and stray spaces", async () => {
    const rows = sheet([bear()]);
    rows[0] = [" Title", "Category ", "Option1 name", "Option1 value", "option 2 name", "Option2 Value", "SKU"];
    rows[0].push("Weight (g)", "Stock", "MOQ", "Wholesale price", "Min quantity 2", "Wholesale price 2");
    rows[0].push("Dropship price", "Pictures", "Status");
    const checked = await check(s, csv(rows));
    expect(checked.report.errors).toEqual([]);
    expect(checked.report.skus.create).toBe(1);
  });

  it("refuses a decimal comma, a negative price and a price that is not a number, by row and column", async () => {
    const rows = [
      tote("P-1", "米白", "中号", { "批发价(元)": "12,5" }),
      tote("P-2", "米白", "大号", { "代发价(元)": "-3" }),
      tote("P-3", "黑色", "中号", { "批发价2(元)": "面议" }),
      tote("P-4", "黑色", "大号"),
    ];
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual([
      "2 · 批发价(元) · import_price_decimal_comma",
      "3 · 代发价(元) · import_price_negative",
      "4 · 批发价2(元) · import_price_invalid",
    ]);
    expect(checked.report.errors.map((e: Import) => e.message)).toEqual([
      "「12,5」用逗号作了小数点，请写成 12.5",
      "价格不能为负数：-3",
      "「面议」不是价格，请写成 12.50 这样的数字（单位：元）",
    ]);
    const english = await check(s, csv(sheet(rows)), { headers: { "accept-language": "en" } });
    expect(english.report.errors.map((e: Import) => e.message)).toEqual([
      "“12,5” uses a decimal comma; write 12.5",
      "A price cannot be negative: -3",
      "“面议” is not a price; write a number such as 12.50 (yuan)",
    ]);
  });

  it("reports a SKU code that appears twice in the file, on its second row", async () => {
    const rows = [...goodRows(), bear({ 商品标题: "毛绒小熊 40厘米" })];
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual(["7 · 商家编码 · import_code_repeated"]);
    expect(checked.report.errors[0].message).toBe("商家编码 BEAR-30 在第 6 行已出现过");
  });

  it("reports option values that do not fit the product's options", async () => {
    const rows = [
      tote("O-1", "米白", "中号"),
      tote("O-2", "米白", "", {}),
      tote("O-3", "米白", "中号"),
      tote("O-4", "黑色", "大号", { 规格2名: "尺寸" }),
    ];
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual([
      "3 · 规格2值 · import_option_value_missing",
      "4 · 规格1值 · sku_combination_repeated",
      "5 · 规格2名 · import_product_field_differs",
    ]);
  });

  it("reports a category the hub does not have, an unknown status and a product's rows apart", async () => {
    const rows = [
      tote("C-1", "米白", "中号", { 类目: "太空用品" }),
      bear({ 商家编码: "C-2", 状态: "卖完了" }),
      tote("C-3", "黑色", "大号", { 类目: "" }),
    ];
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual([
      "2 · 类目 · import_category_unknown",
      "3 · 状态 · import_status_unknown",
      "4 · 商品标题 · import_rows_apart",
    ]);
  });

  it("reports a picture missing from the ZIP, and one named without any ZIP", async () => {
    const pictures = await zip({ "tote.jpg": await jpeg(20) });
    const rows = [tote("M-1", "米白", "中号", { 图片: "tote.jpg；tote-back.jpg" }), bear({ 商家编码: "M-2" })];
    const checked = await check(s, csv(sheet(rows)), { pictures });
    expect(errorsOf(checked)).toEqual(["2 · 图片 · import_picture_missing"]);
    expect(checked.report.errors[0].message).toBe("图片「tote-back.jpg」不在上传的 ZIP 里");
    const withoutZip = await check(s, csv(sheet(rows)));
    expect(errorsOf(withoutZip)).toEqual(["2 · 图片 · import_picture_no_zip", "2 · 图片 · import_picture_no_zip"]);
  });

  it("refuses an old .xls file at once, and an upload without a sheet", async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const refused = await postFiles(t.app, s.browser, s.url, [{ field: "sheet", name: "旧表.xls", bytes: xls }]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ path: "sheet", code: "import_sheet_xls" });
    const empty = await postFiles(t.app, s.browser, s.url, [{ field: "pictures", name: "p.zip", bytes: "x" }]);
    expect(empty.json().error.details[0]).toMatchObject({ path: "sheet", code: "import_sheet_missing" });
  });

  it("reports a file it cannot read as one error about the file", async () => {
    const brokenXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const xlsxCheck = await check(s, brokenXlsx, { name: "坏表.xlsx" });
    expect(errorsOf(xlsxCheck)).toEqual(["null · null · import_file_unreadable"]);
    const unclosed = `${csv(sheet([bear()]))}"毛绒兔子,RABBIT,1,9.9\n`;
    const csvCheck = await check(s, unclosed);
    expect(errorsOf(csvCheck)).toEqual(["null · null · import_csv_malformed"]);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    const zipCheck = await check(s, csv(sheet([bear()])), { pictures: brokenZip });
    expect(errorsOf(zipCheck)).toEqual(["null · 图片 · import_file_unreadable"]);
  });

  it("says what would be created, and an import with errors cannot be applied", async () => {
    const good = await check(s, csv(sheet(goodRows().map((row) => ({ ...row, 商家编码: `W-${row.商家编码}` })))));
    expect(good.report).toMatchObject({
      encoding: "utf-8",
      rows: 5,
      errorCount: 0,
      products: { create: 2, update: 0, unchanged: 0 },
      skus: { create: 5, update: 0, unchanged: 0 },
    });
    expect(good.report.changes).toEqual([
      { kind: "product_created", row: 2, title: "帆布托特包 大容量", skus: 4 },
      { kind: "product_created", row: 6, title: "毛绒小熊 30厘米", skus: 1 },
    ]);
    expect(good.totalRows).toBe(5);
    expect(good.processedRows).toBe(5);

    const bad = await check(s, csv(sheet([tote("B-1", "米白", "中号", { "批发价(元)": "abc" })])));
    const refused = await s.browser.post(`${s.url}/${bad.id}/apply`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "import_has_errors",
      message: "表格有 1 处错误，改好后重新上传再导入",
    });
  });
});

describe("reading spreadsheets as suppliers save them", () => {
  it("imports a GBK file exactly as its UTF-8 twin", async () => {
    const text = csv(sheet(goodRows()));
    const gbk = iconv.encode(text, "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    const [a, b] = [await newSupplier(), await newSupplier()];
    const fromUtf8 = await check(a, `\ufeff${text}`);
    const fromGbk = await check(b, gbk);
    expect(fromUtf8.report.encoding).toBe("utf-8");
    expect(fromGbk.report.encoding).toBe("gb18030");
    expect({ ...fromGbk.report, encoding: "" }).toEqual({ ...fromUtf8.report, encoding: "" });
    await apply(a, fromUtf8);
    await apply(b, fromGbk);
    const catalog = await catalogOf(a);
    expect(catalog).toHaveLength(2);
    expect(catalog[0]?.options).toEqual([
      { name: "颜色", values: ["米白", "黑色"] },
      { name: "尺码", values: ["中号", "大号"] },
    ]);
    expect(await catalogOf(b)).toEqual(catalog);
  });

  it("reads an XLSX with number cells as the CSV with the same text", async () => {
    const rows = sheet(goodRows()).map((row, i) =>
      i === 0
        ? row
        : row.map((cell, j) => (["库存", "起批量", "重量(克)"].includes(HEADER[j] ?? "") ? Number(cell) : cell)),
    );
    (rows[1] as (string | number)[])[HEADER.indexOf("批发价(元)")] = 25; // a number cell: 25 yuan
    (rows[5] as (string | number)[])[HEADER.indexOf("批发价(元)")] = 12.5;
    const [a, b] = [await newSupplier(), await newSupplier()];
    const fromXlsx = await check(a, await xlsx(rows), { name: "商品.xlsx" });
    const fromCsv = await check(b, csv(sheet(goodRows())));
    expect(fromXlsx.report.format).toBe("xlsx");
    expect(fromXlsx.report.errors).toEqual([]);
    expect({ ...fromXlsx.report, format: "", encoding: "" }).toEqual({ ...fromCsv.report, format: "", encoding: "" });
    await apply(a, fromXlsx);
    await apply(b, fromCsv);
    expect(await catalogOf(a)).toEqual(await catalogOf(b));
    expect((await catalogOf(a))[1]?.skus[0].tiers).toEqual([{ minQuantity: 10, priceFen: 1250 }]);
  });

  it("matches pictures in the ZIP by file name, whatever the case or folder, into the product's gallery", async () => {
    const s = await newSupplier();
    const white = await jpeg(240);
    const pictures = await zip({
      "商品图/Tote-White.JPG": white,
      "商品图/细节/tote-detail.jpg": await jpeg(120),
      "__MACOSX/商品图/._Tote-White.JPG": Buffer.from("resource fork"),
      "bear.png": await jpeg(30),
    });
    const rows = goodRows();
    (rows[0] as Row).图片 = "tote-white.jpg;细节/TOTE-DETAIL.jpg";
    (rows[4] as Row).图片 = "bear.png";
    const checked = await check(s, csv(sheet(rows)), { pictures });
    expect(checked.report.errors).toEqual([]);
    expect(checked.report.pictures).toBe(3);
    const applied = await apply(s, checked);
    expect(applied.status).toBe("applied");
    const [totes, bears] = await catalogOf(s);
    expect(totes?.pictures).toHaveLength(2);
    expect(bears?.pictures).toHaveLength(1);
    const main = await t.app.inject({ url: `/media/pictures/${hubId}/${totes?.pictures[0]}/160.jpg` });
    expect(main.statusCode).toBe(200);
  });
});

describe("applying", () => {
  it("changes nothing in a dry run (a check), even on a hub that has no categories yet", async () => {
    const s = await newSupplier((await makeHub(t.database.db)).id);
    const before = await digests({ withImports: false });
    const checked = await check(s, csv(sheet(goodRows())));
    expect(checked.report.errorCount).toBe(0);
    expect(await digests({ withImports: false })).toEqual(before);
  });

  it("refuses a file with any bad row, leaving the database byte for byte as it was", async () => {
    const s = await newSupplier();
    const rows = [...goodRows(), bear({ 商品标题: "毛绒兔子", 商家编码: "RABBIT-1", "批发价(元)": "-1" })];
    const before = await digests({ withImports: false });
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual(["7 · 批发价(元) · import_price_negative"]);
    const afterCheck = await digests({ withImports: true });
    const refused = await s.browser.post(`${s.url}/${checked.id}/apply`);
    expect(refused.statusCode).toBe(409);
    expect(await digests({ withImports: true })).toEqual(afterCheck);
    expect(await digests({ withImports: false })).toEqual(before);
    expect((await s.browser.get(`${s.url}/${checked.id}`)).json().status).toBe("checked");
  });

  it("creates products with their SKUs, tiers, stock and summary in the online supermarket", async () => {
    const s = await newSupplier();
    const applied = await apply(s, await check(s, csv(sheet(goodRows()))));
    expect(applied).toMatchObject({ status: "applied", processedRows: 5, totalRows: 5 });
    expect(applied.report.applied).toEqual({
      products: { create: 2, update: 0, unchanged: 0 },
      skus: { create: 5, update: 0, unchanged: 0 },
    });
    const [totes, bears] = await catalogOf(s);
    expect(totes).toMatchObject({ title: "帆布托特包 大容量", moq: 2, status: "active" });
    expect(totes?.skus.map((sku: Import) => [sku.code, sku.optionValues, sku.onHand])).toEqual([
      ["TOTE-1", ["米白", "中号"], 100],
      ["TOTE-2", ["米白", "大号"], 100],
      ["TOTE-3", ["黑色", "中号"], 100],
      ["TOTE-4", ["黑色", "大号"], 0],
    ]);
    expect(totes?.skus[0]).toMatchObject({
      weightGrams: 320,
      dropshipPriceFen: 2800,
      tiers: [
        { minQuantity: 2, priceFen: 2500 },
        { minQuantity: 50, priceFen: 2200 },
      ],
    });
    expect(bears).toMatchObject({ moq: 10, status: "draft", options: [] });
    const categories = (await s.browser.get(`/api/hubs/${hubId}/categories`)).json();
    const plush = categories.find((c: Import) => c.name === "毛绒玩具");
    expect(bears?.categoryId).toBe(plush.id);
    const product = (await s.browser.get(`/api/orgs/${s.orgId}/products`)).json().find((p: Import) => p.moq === 2);
    const published = (await s.browser.get(`/api/hubs/${hubId}/products/${product.id}`)).json();
    expect(published.title).toBe("帆布托特包 大容量");
  });

  it("applied twice, updates instead of duplicating; a changed price or stock is an update with before and after", async () => {
    const s = await newSupplier();
    await apply(s, await check(s, csv(sheet(goodRows()))));
    const catalog = await catalogOf(s);

    const again = await check(s, csv(sheet(goodRows())));
    expect(again.report).toMatchObject({
      products: { create: 0, update: 0, unchanged: 2 },
      skus: { create: 0, update: 0, unchanged: 5 },
    });
    expect((await apply(s, again)).status).toBe("applied");
    expect(await catalogOf(s)).toEqual(catalog);

    const changed = goodRows();
    changed[1] = { ...changed[1], "批发价(元)": "23.50", 库存: 60 };
    changed.splice(4, 0, tote("TOTE-5", "红色", "中号"));
    const update = await check(s, csv(sheet(changed)));
    expect(update.report).toMatchObject({
      products: { create: 0, update: 1, unchanged: 1 },
      skus: { create: 1, update: 1, unchanged: 4 },
    });
    expect(update.report.changes).toEqual([
      { kind: "product_updated", row: 2, title: "帆布托特包 大容量", fields: ["options"] },
      { kind: "sku_created", row: 6, code: "TOTE-5", title: "帆布托特包 大容量" },
      {
        kind: "sku_updated",
        row: 3,
        code: "TOTE-2",
        differences: { wholesalePriceFen: { before: 2500, after: 2350 }, onHand: { before: 100, after: 60 } },
        other: ["tiers"],
      },
    ]);
    await apply(s, update);
    const [totes, bears] = await catalogOf(s);
    expect(totes?.skus).toHaveLength(5);
    expect(totes?.skus[1]).toMatchObject({
      code: "TOTE-2",
      onHand: 60,
      tiers: [
        { minQuantity: 2, priceFen: 2350 },
        { minQuantity: 50, priceFen: 2200 },
      ],
    });
    expect(totes?.options[0]).toEqual({ name: "颜色", values: ["米白", "黑色", "红色"] });
    expect(bears).toEqual(catalog[1]);
    expect((await s.browser.get(`/api/orgs/${s.orgId}/products`)).json()).toHaveLength(2);
  });

  it("reports codes used by another of the supplier's products that the file does not update", async () => {
    const s = await newSupplier();
    await apply(s, await check(s, csv(sheet(goodRows()))));
    const rows = [tote("TOTE-1", "米白", "中号"), tote("BEAR-30", "红色", "中号")];
    const checked = await check(s, csv(sheet(rows)));
    expect(errorsOf(checked)).toEqual(["3 · 商家编码 · import_code_other_product"]);
    expect(checked.report.errors[0].message).toBe(
      "商家编码 BEAR-30 属于你的另一个商品「毛绒小熊 30厘米」，不能改到这个商品下",
    );
  });

  it("cannot be applied twice", async () => {
    const s = await newSupplier();
    const checked = await check(s, csv(sheet([bear()])));
    await apply(s, checked);
    const again = await s.browser.post(`${s.url}/${checked.id}/apply`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("import_not_checked");
    expect((await s.browser.get(`/api/orgs/${s.orgId}/products`)).json()).toHaveLength(1);
  });

  it("lists the supplier's imports, newest first, and hides them from other suppliers", async () => {
    const s = await newSupplier();
    const first = await check(s, csv(sheet([bear()])), { name: "一月.csv" });
    const second = await check(s, csv(sheet([bear()])), { name: "二月.csv" });
    const list = (await s.browser.get(s.url)).json();
    expect(list.map((i: Import) => [i.id, i.fileName])).toEqual([
      [second.id, "二月.csv"],
      [first.id, "一月.csv"],
    ]);
    const other = await newSupplier();
    const hidden = await other.browser.get(`${other.url}/${first.id}`);
    expect(hidden.statusCode).toBe(404);
  });
});
