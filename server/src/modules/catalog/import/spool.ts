import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { InvalidError } from "../../../http/errors.js";
import { SizeLimit } from "../../../http/size-limit.js";
import type { ImportFiles } from "./service.js";

/** A sheet this big is ~1 million rows: far past MAX_ROWS, so refused while it arrives. */
export const MAX_SHEET_MEGABYTES = 100;
/** A supplier's pictures for a few thousand products. */
export const MAX_PICTURES_MEGABYTES = 1024;

/**
 * Where an upload waits between its check and its apply: a temporary directory on this
 * machine (os.tmpdir()/taocun-imports/<import id>), not the FileStorage under DATA_DIR.
 * Because: the ZIP must be read at random (yauzl seeks to its directory at the end), the
 * files are streamed to disk as they arrive where FileStorage.put takes a whole Buffer, and
 * they are only needed for minutes — a reboot that clears them costs a re-upload, never
 * data. They are removed once applied, once a check finds errors, or after two days.
 * With several API nodes, apply on the node that took the upload (sticky sessions), or
 * give FileStorage streaming writes and reads to a local file and keep them there.
 */
export class ImportSpool {
  constructor(readonly root: string = path.join(os.tmpdir(), "taocun-imports")) {}

  filesOf(importId: string): ImportFiles {
    const dir = this.dirOf(importId);
    const pictures = path.join(dir, "pictures.zip");
    return { sheet: path.join(dir, "sheet"), ...(fs.existsSync(pictures) ? { pictures } : {}) };
  }

  /** Streams one uploaded file to disk, refusing it once it passes `maxMegabytes`. */
  async receive(importId: string, kind: "sheet" | "pictures", file: NodeJS.ReadableStream, maxMegabytes: number) {
    const dir = this.dirOf(importId);
    await fs.promises.mkdir(dir, { recursive: true });
    const target = path.join(dir, kind === "sheet" ? "sheet" : "pictures.zip");
    const field = kind === "sheet" ? "sheet" : "pictures";
    const code = kind === "sheet" ? "import_sheet_too_large" : "import_pictures_too_large";
    const tooLarge = () =>
      new InvalidError("validation_failed", {}, [{ path: field, code, params: { max: maxMegabytes } }]);
    await pipeline(file, new SizeLimit(maxMegabytes * 1024 * 1024, tooLarge), fs.createWriteStream(target));
  }

  async remove(importId: string): Promise<void> {
    await fs.promises.rm(this.dirOf(importId), { recursive: true, force: true });
  }

  /** Removes uploads older than `maxAgeMs` that nobody applied. */
  async sweep(maxAgeMs: number): Promise<void> {
    const entries = await fs.promises.readdir(this.root).catch(() => [] as string[]);
    for (const entry of entries) {
      const dir = path.join(this.root, entry);
      const stat = await fs.promises.stat(dir).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > maxAgeMs) await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  private dirOf(importId: string): string {
    if (!/^[0-9a-f-]{36}$/.test(importId)) throw new Error(`not an import id: ${importId}`);
    return path.join(this.root, importId);
  }
}
