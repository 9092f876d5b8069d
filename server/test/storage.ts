import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalStorage } from "../src/storage/local.js";

/** A file storage in a fresh temporary directory; remove it with `fs.rmSync(storage.root, …)`. */
export function tempStorage(): LocalStorage {
  return new LocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "taocun-files-")));
}
