import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { LocalStorage } from "./local.js";

it("stores, reads and streams files by key, and refuses keys that leave its directory", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-storage-"));
  const storage = new LocalStorage(root);
  await storage.put("pictures/hub/abc/800.jpg", Buffer.from("jpeg bytes"));
  expect((await storage.get("pictures/hub/abc/800.jpg"))?.toString()).toBe("jpeg bytes");
  expect(await storage.exists("pictures/hub/abc/800.jpg")).toBe(true);
  expect(await storage.get("pictures/hub/none.jpg")).toBeUndefined();
  const chunks: Buffer[] = [];
  for await (const chunk of (await storage.stream("pictures/hub/abc/800.jpg")) ?? []) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString()).toBe("jpeg bytes");
  await expect(storage.put("../escape.txt", Buffer.from("x"))).rejects.toThrow(/unsafe/);
  await expect(storage.get("/etc/passwd")).rejects.toThrow(/unsafe/);
  expect(fs.readdirSync(root)).toEqual(["pictures"]);
  fs.rmSync(root, { recursive: true, force: true });
});
