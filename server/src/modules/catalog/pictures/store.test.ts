import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../../test/database.js";
import { tempStorage } from "../../../../test/storage.js";
import { type Database, queryRows } from "../../../db/connection.js";
import { AppError } from "../../../http/errors.js";
import { translate } from "../../../http/messages.js";
import type { LocalStorage } from "../../../storage/local.js";
import { makeHub } from "../../accounts/test-fixtures.js";
import { PICTURE_SIZES, pictureFileKey } from "./keys.js";
import { MAX_PICTURE_BYTES } from "./prepare.js";
import { storePicture } from "./store.js";
import { near, pixelAt, pngClaiming, solidPicture } from "./test-pictures.js";

let database: Database;
let storage: LocalStorage;
let owner: { hubId: string; userId: string };

beforeAll(async () => {
  database = await testDatabase();
  storage = tempStorage();
  owner = { hubId: (await makeHub(database.db)).id, userId: randomUUID() };
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(storage.root, { recursive: true, force: true });
});

const store = (bytes: Buffer) => storePicture(database.db, storage, owner, bytes);
const main = (sha256: string) => storage.get(pictureFileKey(owner.hubId, sha256, 800)) as Promise<Buffer>;

async function stored() {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pictures`);
  const files = fs.readdirSync(storage.root, { recursive: true }).filter((name) => String(name).endsWith(".jpg"));
  return { rows: row?.n ?? 0, files: files.length };
}

/** The refusal's message in Chinese, as a supplier reads it. */
async function refusal(bytes: Buffer): Promise<string> {
  const error = await store(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.status).toBe(400);
  const [problem] = error.problems;
  return problem ? translate(problem.code, "zh-CN", problem.params) : error.code;
}

describe("storing a picture", () => {
  it("makes a wide picture an 800×800 main padded on white, with 400 and 160 thumbnails", async () => {
    const picture = await store(await solidPicture(1600, 400, "#d23a3a"));
    expect(picture).toMatchObject({ width: 1600, height: 400 });
    expect(picture.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await main(picture.sha256);
    expect(await sharp(file).metadata()).toMatchObject({ format: "jpeg", width: 800, height: 800 });
    for (const [x, y] of [
      [0, 0],
      [799, 0],
      [0, 799],
      [799, 799],
    ] as const) {
      expect(near(await pixelAt(file, x, y), [255, 255, 255]), `corner ${x},${y}`).toBe(true);
    }
    expect(near(await pixelAt(file, 400, 400), [0xd2, 0x3a, 0x3a])).toBe(true);
    for (const size of PICTURE_SIZES) {
      const thumbnail = await storage.get(pictureFileKey(owner.hubId, picture.sha256, size));
      expect(await sharp(thumbnail).metadata()).toMatchObject({ width: size, height: size });
    }
  });

  it("turns a picture upright by its EXIF orientation and keeps none of its metadata", async () => {
    // 400×200, red on the left; orientation 6 means "turn a quarter clockwise to view".
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: "#0000ff" } })
      .composite([{ input: await solidPicture(200, 200, "#ff0000"), left: 0, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: "楼建国", Copyright: "义乌市青岩刘箱包厂" } })
      .toBuffer();
    expect(await sharp(sideways).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });

    const picture = await store(sideways);
    expect(picture).toMatchObject({ width: 200, height: 400 });
    const file = await main(picture.sha256);
    const metadata = await sharp(file).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(file.includes(Buffer.from("Copyright"))).toBe(false);
    // Upright, the picture is tall: red above blue, white padding left and right.
    expect(near(await pixelAt(file, 400, 100), [255, 0, 0])).toBe(true);
    expect(near(await pixelAt(file, 400, 700), [0, 0, 255])).toBe(true);
    expect(near(await pixelAt(file, 20, 400), [255, 255, 255])).toBe(true);
  });

  it("accepts WebP and keeps a transparent background white, not black", async () => {
    const clear = await sharp({
      create: { width: 300, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .webp({ lossless: true })
      .toBuffer();
    const file = await main((await store(clear)).sha256);
    expect(near(await pixelAt(file, 400, 400), [255, 255, 255])).toBe(true);
  });

  it("stores the same picture twice as one row and one set of files with the same sha256", async () => {
    const bytes = await solidPicture(640, 480, "#2f6fd0", "jpeg");
    const before = await stored();
    const first = await store(bytes);
    const second = await store(bytes);
    expect(second.sha256).toBe(first.sha256);
    expect(await stored()).toEqual({ rows: before.rows + 1, files: before.files + 3 });
  });
});

describe("refusing a picture", () => {
  it.each([
    ["an empty file", async () => Buffer.alloc(0), "图片为空"],
    [
      "text, whatever its name",
      async () => Buffer.from("这不是图片，只是改了扩展名 .jpg"),
      "只支持 JPEG、PNG、WebP 图片",
    ],
    [
      "a GIF",
      async () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } })
          .gif()
          .toBuffer(),
      "只支持 JPEG、PNG、WebP 图片",
    ],
    [
      "a file over 10 MB",
      async () => Buffer.concat([await solidPicture(10, 10, "#000"), Buffer.alloc(MAX_PICTURE_BYTES)]),
      "图片超过 10 MB",
    ],
    [
      "a 20000×20000 picture, by its header alone",
      async () => pngClaiming(20_000, 20_000),
      "图片像素太大（20000×20000），最多 4000 万像素",
    ],
    [
      "a JPEG cut short",
      async () => (await solidPicture(800, 600, "#888", "jpeg")).subarray(0, 300),
      "图片已损坏，无法读取",
    ],
  ])("refuses %s, saying why, and stores nothing", async (_name, make, message) => {
    const before = await stored();
    expect(await refusal(await make())).toBe(message);
    expect(await stored()).toEqual(before);
  });

  it("refuses a bomb from its header alone", async () => {
    // The file claims 20000×20000 but holds no such image: only a header check can name the size.
    await expect(store(pngClaiming(20_000, 20_000))).rejects.toThrow(AppError);
    expect(await refusal(pngClaiming(20_000, 20_000))).toContain("20000×20000");
  });
});
