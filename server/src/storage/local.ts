import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import type { FileStorage } from "./storage.js";

/** Where a data directory keeps its files. */
export function storageIn(dataDir: string): LocalStorage {
  return new LocalStorage(path.join(dataDir, "files"));
}

/** Files under one directory (DATA_DIR/files). Writes go to a temporary name first, so a reader never sees half a file. */
export class LocalStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Unique per write: two writes of one new key at once must not share a temporary file.
    const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
    await fs.promises.writeFile(partial, bytes);
    await fs.promises.rename(partial, file);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await fs.promises.readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async stream(key: string): Promise<Readable | undefined> {
    return (await this.exists(key)) ? fs.createReadStream(this.file(key)) : undefined;
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises
      .access(this.file(key))
      .then(() => true)
      .catch(() => false);
  }

  // Keys are made by taocun, but a key must never climb out of the root all the same.
  private file(key: string): string {
    if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes("..")) throw new Error(`unsafe storage key: ${key}`);
    return path.join(this.root, key);
  }
}
