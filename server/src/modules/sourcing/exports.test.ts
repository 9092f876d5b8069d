import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { type TestApp, testApp } from "../../../test/app.js";
import { pictureFileKey } from "../catalog/pictures/keys.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { SHOPIFY_COLUMNS } from "./shopify-csv.js";
import { TAOBAO_FIELDS } from "./taobao-csv.js";
import { galleryOf, listProduct, type Member, simpleProduct, village } from "./test-fixtures.js";

// What the browser-like test client calls from; PUBLIC_ORIGIN must allow its writes.
const ORIGIN = "http://localhost:80";
const LONG_TITLE = "手".repeat(80);

let t: TestApp;
let hubId: string;
let supplier: Member;
let shop: Member;
let toteShas: string[];

beforeAll(async () => {
  t = await testApp({ PUBLIC_ORIGIN: ORIGIN });
  ({ hubId, supplier, shop } = await village(t));
  await shop.browser.put(`/api/orgs/${shop.orgId}/price-rule`, {
    ranges: [{ fromFen: 0, kind: "multiply", factor: 1.8 }],
    rounding: "none",
    minMarginFen: 0,
    minMarginPercent: 0,
  });
  const tote = await listProduct(supplier, toteBag());
  toteShas = await galleryOf(t, hubId, tote.id, randomUUID(), 3);
  const products = [
    tote,
    await listProduct(supplier, simpleProduct("BANGLE-1", "合金手镯", { tierFen: 1000, onHand: 0 })),
    await listProduct(supplier, simpleProduct("LONG-1", LONG_TITLE, { tierFen: 1000 })),
    await listProduct(supplier, simpleProduct("BEST-1", "最佳手链 全网第一 100％纯银", { tierFen: 1000 })),
    await listProduct(supplier, simpleProduct("NEW-1", "最新款手链", { tierFen: 1000 })),
    await listProduct(supplier, simpleProduct("NEW-2", "最新款手链", { tierFen: 1000 })),
  ];
  for (const product of products) {
    await galleryOf(t, hubId, product.id, randomUUID(), product.id === tote.id || product.title === "合金手镯" ? 0 : 1);
    const pick = await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: product.id });
    if (pick.statusCode !== 201) throw new Error(pick.body);
  }
  const withdrawn = await listProduct(supplier, simpleProduct("GONE-1", "停产的包", { tierFen: 1000 }));
  await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: withdrawn.id });
  await supplier.browser.patch(`/api/orgs/${supplier.orgId}/products/${withdrawn.id}`, { status: "archived" });
});
afterAll(() => t.close());

type Warning = { code: string; title: string; message: string; params: Record<string, unknown> };

describe("the check before export", () => {
  let warnings: Warning[];
  beforeAll(async () => {
    const response = await shop.browser.get(`/api/orgs/${shop.orgId}/exports/check`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ listings: 6, variants: 11 });
    warnings = response.json().warnings;
  });
  const of = (code: string) => warnings.filter((w) => w.code === code);

  it("says by how many bytes a title of 80 Chinese characters is too long for Taobao", () => {
    expect(of("title_too_long")).toEqual([
      expect.objectContaining({ title: LONG_TITLE, params: { bytes: 160, limit: 60, over: 100 } }),
    ]);
    expect(of("title_too_long")[0]?.message).toContain("100");
  });

  it("names the Advertising Law's absolute terms in a title, but not the bare 最", () => {
    expect(of("advertising_terms")).toEqual([
      expect.objectContaining({ title: "最佳手链 全网第一 100％纯银", params: { terms: "最佳、第一、100%" } }),
    ]);
  });

  it("warns of a product with 0 stock and one without pictures", () => {
    expect(of("out_of_stock").map((w) => w.title)).toEqual(["合金手镯"]);
    expect(of("no_pictures").map((w) => w.title)).toEqual(["合金手镯"]);
  });

  it("says a product the supplier withdrew will not be exported", () => {
    expect(of("not_on_sale").map((w) => w.title)).toEqual(["停产的包"]);
  });

  it("speaks the reader's language", async () => {
    const english = await shop.browser.get(`/api/orgs/${shop.orgId}/exports/check`, { "accept-language": "en" });
    const long = english.json().warnings.find((w: Warning) => w.code === "title_too_long");
    expect(long.message).toBe("The title is 160 bytes, 100 bytes over Taobao's limit of 60");
  });
});

describe("the listing export", () => {
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    // Reached through a proxy at an inner address: links must still use PUBLIC_ORIGIN.
    const url = `/api/orgs/${shop.orgId}/exports`;
    const response = await shop.browser.call({ method: "POST", url, body: {}, headers: { host: "10.0.0.5:3000" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="taocun-listings-\d{8}\.zip"$/);
    files = await unzip(response.rawPayload);
  });

  it("ships a Shopify CSV, a 淘宝助理 CSV and the pictures it names", () => {
    const pictures = [...files.keys()].filter((name) => name.endsWith(".tbi"));
    expect([...files.keys()].filter((name) => !name.endsWith(".tbi"))).toEqual([
      "shopify/products.csv",
      "taobao/products.csv",
    ]);
    // The tote's 3 and one each for the long, the best and the two newest titles.
    expect(pictures).toHaveLength(7);
    expect(pictures.every((name) => /^taobao\/products\/[0-9a-f]{32}\.tbi$/.test(name))).toBe(true);
  });

  describe("shopify/products.csv", () => {
    let rows: Record<string, string>[];
    beforeAll(() => {
      rows = parse(files.get("shopify/products.csv") as Buffer, { columns: true });
    });

    it("has Shopify's product columns", () => {
      const [header] = parse(files.get("shopify/products.csv") as Buffer, { to_line: 1 });
      expect(header).toEqual([...SHOPIFY_COLUMNS]);
    });

    it("gives every product a pinyin handle, unique in the file, shared by its contiguous rows", () => {
      const handles = [...new Set(rows.map((row) => row.Handle))];
      expect(handles).toEqual([
        "fan-bu-tuo-te-bao-da-rong-liang-tong-qin-dan-jian-bao",
        "he-jin-shou-zhuo",
        expect.stringMatching(/^(shou-)+shou$/),
        "zui-jia-shou-lian-quan-wang-di-yi-100-chun-yin",
        "zui-xin-kuan-shou-lian",
        "zui-xin-kuan-shou-lian-2",
      ]);
      for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const order = rows.map((row) => row.Handle);
      for (const handle of handles) {
        const first = order.indexOf(handle);
        expect(order.lastIndexOf(handle) - first + 1).toBe(order.filter((h) => h === handle).length);
      }
    });

    it("writes one row per variant with our SKU code and the price after the 1.8× rule in yuan", () => {
      const tote = rows.filter((row) => row.Handle?.startsWith("fan-bu") && row["Variant SKU"]);
      expect(tote.map((row) => row["Variant SKU"])).toEqual([
        "TOTE-1",
        "TOTE-2",
        "TOTE-3",
        "TOTE-4",
        "TOTE-5",
        "TOTE-6",
      ]);
      expect(tote.map((row) => row["Variant Price"])).toEqual(Array(6).fill("50.40"));
      expect(tote[0]).toMatchObject({
        Title: "帆布托特包 大容量 通勤单肩包",
        Vendor: "小燕饰品店",
        "Option1 Name": "颜色",
        "Option1 Value": "米白",
        "Option2 Name": "尺码",
        "Option2 Value": "小号",
        "Variant Inventory Qty": "100",
        "Variant Grams": "300",
        "Cost per item": "28.00",
        Status: "active",
      });
      // Product fields only on the first row.
      expect(tote[4]).toMatchObject({ Title: "", Vendor: "", "Option1 Value": "黑色", "Option2 Value": "中号" });
    });

    it("calls a product without options Title / Default Title", () => {
      const bangle = rows.find((row) => row["Variant SKU"] === "BANGLE-1");
      expect(bangle).toMatchObject({
        "Option1 Name": "Title",
        "Option1 Value": "Default Title",
        "Variant Price": "18.00",
        "Variant Inventory Qty": "0",
        "Image Src": "",
      });
    });

    it("links pictures by absolute URL at PUBLIC_ORIGIN, the first on the product row, the rest on rows of their own", () => {
      const tote = rows.filter((row) => row.Handle?.startsWith("fan-bu"));
      const images = tote.filter((row) => row["Image Src"]);
      expect(images.map((row) => row["Image Src"])).toEqual(
        toteShas.map((sha) => `${ORIGIN}/media/pictures/${hubId}/${sha}/800.jpg`),
      );
      expect(images.map((row) => row["Image Position"])).toEqual(["1", "2", "3"]);
      expect(images[0]?.["Variant SKU"]).toBe("TOTE-1");
      expect(images.slice(1).every((row) => row["Variant SKU"] === "" && row.Title === "")).toBe(true);
    });
  });

  describe("taobao/products.csv", () => {
    let lines: string[][];
    let items: Record<string, string>[];
    beforeAll(() => {
      const bytes = files.get("taobao/products.csv") as Buffer;
      expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      lines = parse(bytes.subarray(2).toString("utf16le"), { delimiter: "\t", relax_column_count: true });
      const english = lines[1] as string[];
      items = lines.slice(3).map((line) => Object.fromEntries(english.map((name, i) => [name, line[i] ?? ""])));
    });

    it("starts with the version, the English and the Chinese field names", () => {
      expect(lines[0]).toEqual(["version 1.00"]);
      expect(lines[1]).toEqual(TAOBAO_FIELDS.map(([english]) => english));
      expect(lines[2]?.slice(0, 3)).toEqual(["宝贝名称", "宝贝类目", "店铺类目"]);
      expect(items).toHaveLength(6);
    });

    it("writes each variant as price:quantity:code:pid:vid with seller-defined colour and size values", () => {
      const tote = items[0] as Record<string, string>;
      expect(tote).toMatchObject({
        title: "帆布托特包 大容量 通勤单肩包",
        price: "50.40",
        num: "600",
        outer_id: "TOTE",
      });
      expect(tote.skuProps).toBe(
        [
          "50.40:100:TOTE-1:1627207:-1001;20509:-1001;",
          "50.40:100:TOTE-2:1627207:-1001;20509:-1002;",
          "50.40:100:TOTE-3:1627207:-1001;20509:-1003;",
          "50.40:100:TOTE-4:1627207:-1002;20509:-1001;",
          "50.40:100:TOTE-5:1627207:-1002;20509:-1002;",
          "50.40:100:TOTE-6:1627207:-1002;20509:-1003;",
        ].join(""),
      );
      const names = "1627207:-1001:米白;1627207:-1002:黑色;20509:-1001:小号;20509:-1002:中号;20509:-1003:大号;";
      expect(tote.propAlias).toBe(names);
      expect(tote.input_custom_cpv).toBe(names);
    });

    it("gives a single-variant item its code, price and available quantity", () => {
      expect(items[1]).toMatchObject({
        title: "合金手镯",
        outer_id: "BANGLE-1",
        price: "18.00",
        num: "0",
        skuProps: "",
      });
    });

    it("names pictures that are in the ZIP's taobao folder, with the bytes from storage", async () => {
      const entries = (items[0]?.picture ?? "").split(";").filter(Boolean);
      expect(entries).toEqual(toteShas.map((sha, i) => `${sha.slice(0, 32)}:1:${i}:|`));
      for (const sha of toteShas) {
        const shipped = files.get(`taobao/products/${sha.slice(0, 32)}.tbi`);
        expect(shipped).toEqual(await t.storage.get(pictureFileKey(hubId, sha, 800)));
      }
    });
  });

  it("leaves out the formats not asked for", async () => {
    const response = await shop.browser.post(`/api/orgs/${shop.orgId}/exports`, { formats: ["shopify"] });
    expect([...(await unzip(response.rawPayload)).keys()]).toEqual(["shopify/products.csv"]);
  });

  it("exports the selection of the shop that asks, nobody else's", async () => {
    const response = await supplier.browser.post(`/api/orgs/${shop.orgId}/exports`, {});
    expect(response.statusCode).toBe(404);
  });
});

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error);
      archive.on("entry", (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            archive.readEntry();
          });
        });
      });
      archive.on("end", () => resolve(files));
      archive.on("error", reject);
      archive.readEntry();
    });
  });
}
