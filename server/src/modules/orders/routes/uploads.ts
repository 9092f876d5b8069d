import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import { InvalidError } from "../../../http/errors.js";
import { SizeLimit } from "../../../http/size-limit.js";
import type { OrderFile } from "../ingest/types.js";

/** A Taobao export of a busy month is a few megabytes; this is far past any. */
export const MAX_ORDER_FILE_MEGABYTES = 50;
const MAX_FILES = 3;

/**
 * Receives the order files of one upload (multipart, field `files`, a Taobao pair or one
 * export) into a temporary directory, streaming, refusing a file past the limit; `work` reads
 * them and the directory is removed whatever happens.
 */
export async function withUploadedFiles<T>(request: FastifyRequest, work: (files: OrderFile[]) => Promise<T>) {
  const missing = () => new InvalidError("validation_failed", {}, [{ path: "files", code: "order_files_missing" }]);
  const tooLarge = () =>
    new InvalidError("validation_failed", {}, [
      { path: "files", code: "order_file_too_large", params: { max: MAX_ORDER_FILE_MEGABYTES } },
    ]);
  if (!request.isMultipart()) throw missing();
  const dir = path.join(os.tmpdir(), "taocun-orders", randomUUID());
  await fs.promises.mkdir(dir, { recursive: true });
  try {
    const files: OrderFile[] = [];
    const parts = request.parts({
      limits: { fileSize: MAX_ORDER_FILE_MEGABYTES * 1024 * 1024 + 1, files: MAX_FILES, fields: 5, parts: 8 },
    });
    for await (const part of parts) {
      if (part.type !== "file") continue;
      const target = path.join(dir, String(files.length));
      await pipeline(
        part.file,
        new SizeLimit(MAX_ORDER_FILE_MEGABYTES * 1024 * 1024, tooLarge),
        fs.createWriteStream(target),
      );
      files.push({ path: target, name: part.filename || `file-${files.length + 1}` });
    }
    if (files.length === 0) throw missing();
    return await work(files);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
