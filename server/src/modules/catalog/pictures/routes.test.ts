import fs from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../../test/app.js";
import { queryRows } from "../../../db/connection.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { toteBag } from "../test-fixtures.js";
import { MAX_PICTURE_BYTES } from "./prepare.js";
import { storePicture } from "./store.js";
import { multipart, pngClaiming, solidPicture, type UploadFile } from "./test-pictures.js";

let t: TestApp;
let hubId: string;
let supplier: Browser;
let supplierId: string;
let rival: Browser;
let rivalId: string;

async function orgOf(browser: Browser, email: string, kind: string, name: string, hub = hubId): Promise<string> {
  await browser.signUp(email);
  return (await browser.post("/api/orgs", { hubId: hub, kind, name })).json().id;
}

function upload(browser: Browser, orgId: string, files: UploadFile[]) {
  const { payload, headers } = multipart(files);
  return browser.call({ method: "POST", url: `/api/orgs/${orgId}/pictures`, body: payload, headers });
}

const png = async (colour: string, name = "photo.png") => ({
  name,
  type: "image/png",
  bytes: await solidPicture(900, 600, colour),
});

async function uploaded(colours: string[]): Promise<string[]> {
  const response = await upload(supplier, supplierId, await Promise.all(colours.map((c) => png(c))));
  expect(response.statusCode).toBe(201);
  return response.json().pictures.map((p: { sha256: string }) => p.sha256);
}

async function stored() {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from pictures`);
  const files = fs.readdirSync(t.storage.root, { recursive: true }).filter((name) => String(name).endsWith(".jpg"));
  return { rows: row?.n ?? 0, files: files.length };
}

beforeAll(async () => {
  t = await testApp();
  hubId = (await makeHub(t.database.db)).id;
  supplier = new Browser(t.app);
  supplierId = await orgOf(supplier, "factory@example.com", "supplier", "青岩刘箱包厂");
  rival = new Browser(t.app);
  rivalId = await orgOf(rival, "rival@example.com", "supplier", "对门箱包厂");
});
afterAll(() => t.close());

describe("uploading pictures", () => {
  it("accepts a PNG named .jpg by what its bytes are, and answers with its sha256, size and URLs", async () => {
    const file = { name: "主图.jpg", type: "image/jpeg", bytes: await solidPicture(1200, 900, "#3c9a5f") };
    const response = await upload(supplier, supplierId, [file]);
    expect(response.statusCode).toBe(201);
    const [picture] = response.json().pictures;
    expect(picture).toMatchObject({ width: 1200, height: 900, bytes: expect.any(Number) });
    expect(picture.urls).toEqual({
      800: `/media/pictures/${hubId}/${picture.sha256}/800.jpg`,
      400: `/media/pictures/${hubId}/${picture.sha256}/400.jpg`,
      160: `/media/pictures/${hubId}/${picture.sha256}/160.jpg`,
    });
  });

  it("takes several files at once and gives the same sha256 for the same picture", async () => {
    const red = await png("#d23a3a");
    const response = await upload(supplier, supplierId, [red, await png("#2f6fd0"), red]);
    const [first, second, third] = response.json().pictures.map((p: { sha256: string }) => p.sha256);
    expect(new Set([first, second]).size).toBe(2);
    expect(third).toBe(first);
  });

  it.each([
    [
      "a text file named .jpg",
      { name: "假图.jpg", type: "image/jpeg", bytes: Buffer.from("not a picture") },
      "只支持 JPEG、PNG、WebP 图片",
    ],
    ["an empty file", { name: "空.jpg", type: "image/jpeg", bytes: Buffer.alloc(0) }, "图片为空"],
    [
      "a file over 10 MB",
      { name: "大.png", type: "image/png", bytes: Buffer.alloc(MAX_PICTURE_BYTES + 1, 1) },
      "图片超过 10 MB",
    ],
    [
      "a 20000×20000 picture",
      { name: "炸弹.png", type: "image/png", bytes: pngClaiming(20_000, 20_000) },
      "图片像素太大（20000×20000），最多 4000 万像素",
    ],
  ])("refuses %s with its message, at the file's place, and stores nothing", async (_name, bad, message) => {
    const before = await stored();
    const response = await upload(supplier, supplierId, [await png("#f2c230"), bad]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ path: "files.1", code: expect.any(String), message }]);
    // The good picture beside it is not stored either: an upload is all or nothing.
    expect(await stored()).toEqual(before);
  });

  it("refuses more than twenty files in one request and stores none of them", async () => {
    const before = await stored();
    const files = await Promise.all(
      Array.from({ length: 21 }, (_, i) => png(`#20${(i * 10).toString(16).padStart(2, "0")}20`)),
    );
    const response = await upload(supplier, supplierId, files);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: "files", code: "upload_too_many_pictures", message: "一次最多上传 20 张图片" },
    ]);
    expect(await stored()).toEqual(before);
  });

  it("speaks English to an English browser", async () => {
    const { payload, headers } = multipart([{ name: "a.jpg", type: "image/jpeg", bytes: Buffer.alloc(0) }]);
    const response = await supplier.call({
      method: "POST",
      url: `/api/orgs/${supplierId}/pictures`,
      body: payload,
      headers: { ...headers, "accept-language": "en" },
    });
    expect(response.json().error.details[0].message).toBe("The picture is empty");
  });

  it("asks for pictures when a request carries none", async () => {
    const response = await supplier.call({ method: "POST", url: `/api/orgs/${supplierId}/pictures` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ path: "files", code: "upload_no_pictures" });
  });

  it("is for suppliers only", async () => {
    const shop = new Browser(t.app);
    const shopId = await orgOf(shop, "shop@example.com", "shop", "小燕饰品店");
    expect((await upload(shop, shopId, [await png("#000000")])).statusCode).toBe(403);
  });
});

describe("a product's gallery", () => {
  it("keeps the pictures in the order given, the first as the main picture", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("GAL"))).json();
    const [a, b, c] = await uploaded(["#111111", "#777777", "#eeeeee"]);
    const url = `/api/orgs/${supplierId}/products/${product.id}/pictures`;
    expect((await supplier.put(url, { pictures: [c, a, b] })).json().pictures).toEqual([c, a, b]);
    expect((await supplier.put(url, { pictures: [b, c] })).json().pictures).toEqual([b, c]);
    expect((await supplier.get(`/api/orgs/${supplierId}/products/${product.id}`)).json().pictures).toEqual([b, c]);
  });

  it("refuses a picture of another hub, a repeated one and a 21st, and keeps the gallery as it was", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("LIMIT"))).json();
    const url = `/api/orgs/${supplierId}/products/${product.id}/pictures`;
    const colours = Array.from({ length: 21 }, (_, i) => `#${(i * 12).toString(16).padStart(2, "0")}4080`);
    // Twenty files is the most one request takes.
    const mine = [...(await uploaded(colours.slice(0, 20))), ...(await uploaded(colours.slice(20)))];
    await supplier.put(url, { pictures: mine.slice(0, 2) });

    const otherHub = await makeHub(t.database.db);
    const elsewhere = await storePicture(
      t.database.db,
      t.storage,
      { hubId: otherHub.id, userId: (await supplier.get("/api/me")).json().user.id },
      await solidPicture(500, 500, "#8a5cc2"),
    );
    const foreign = await supplier.put(url, { pictures: [mine[0], elsewhere.sha256] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details).toEqual([
      { path: "pictures.1", code: "gallery_picture_unknown", message: "本园区没有这张图片，请先上传" },
    ]);

    const repeated = await supplier.put(url, { pictures: [mine[0], mine[1], mine[0]] });
    expect(repeated.json().error.details).toMatchObject([{ path: "pictures.2", code: "gallery_picture_repeated" }]);

    const galleryNow = async () => (await supplier.get(`/api/orgs/${supplierId}/products/${product.id}`)).json();
    const tooMany = await supplier.put(url, { pictures: mine });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details).toMatchObject([{ path: "pictures", message: "一个商品最多 20 张图片" }]);
    expect((await galleryNow()).pictures).toEqual(mine.slice(0, 2));
    expect((await supplier.put(url, { pictures: mine.slice(0, 20) })).statusCode).toBe(200);
    expect((await galleryNow()).pictures).toHaveLength(20);
  });

  it("cannot be set by another supplier, who gets 404 as for no product", async () => {
    const product = (await supplier.post(`/api/orgs/${supplierId}/products`, toteBag("THEIRS"))).json();
    const [mine] = await uploaded(["#7b1e2b"]);
    await supplier.put(`/api/orgs/${supplierId}/products/${product.id}/pictures`, { pictures: [mine] });
    const stolen = await rival.put(`/api/orgs/${rivalId}/products/${product.id}/pictures`, { pictures: [] });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error.code).toBe("not_found");
    expect((await supplier.get(`/api/orgs/${supplierId}/products/${product.id}`)).json().pictures).toEqual([mine]);
  });
});

describe("serving picture files", () => {
  it("serves every size as a JPEG cached for a year, to anyone", async () => {
    const [sha256] = await uploaded(["#f08a24"]);
    for (const size of [800, 400, 160]) {
      const response = await t.app.inject({ method: "GET", url: `/media/pictures/${hubId}/${sha256}/${size}.jpg` });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("image/jpeg");
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    }
  });

  it("answers 404 in the error shape for a picture it does not have", async () => {
    const response = await t.app.inject({ method: "GET", url: `/media/pictures/${hubId}/${"0".repeat(64)}/800.jpg` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "picture_not_found", message: "找不到该图片", details: [] } });
  });

  it.each([
    [
      "a size it does not make",
      `/media/pictures/${"1".repeat(8)}-1111-4111-8111-${"1".repeat(12)}/${"a".repeat(64)}/900.jpg`,
    ],
    [
      "a hash that is not one",
      `/media/pictures/${"1".repeat(8)}-1111-4111-8111-${"1".repeat(12)}/..%2F..%2Fsecret/800.jpg`,
    ],
    ["a hub that is not an id", `/media/pictures/..%2F..%2F..%2Fetc/${"a".repeat(64)}/800.jpg`],
  ])("refuses %s before touching the storage", async (_name, url) => {
    const response = await t.app.inject({ method: "GET", url });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("validation_failed");
  });
});
