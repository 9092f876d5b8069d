import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
// The request's multipart methods are declared by the plugin; say so wherever this file is compiled.
import type {} from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { InvalidError } from "./errors.js";
import type { MessageCode } from "./messages.js";
import { SizeLimit } from "./size-limit.js";

/** A file as uploaded: where it is on disk and the name its owner gave it (for messages). */
export type UploadedFile = { path: string; name: string };

/** How many files of what size a route takes, and the codes it answers with when they are wrong. */
export type UploadLimits = {
  maxMegabytes: number;
  maxFiles: number;
  /** Said when no file came (field `files`). */
  missing: MessageCode;
  /** Said, with `{max}` megabytes, when a file is past the limit. */
  tooLarge: MessageCode;
};

/**
 * Receives the files of one multipart upload (field `files`) into a temporary directory,
 * streaming, refusing a file past the limit; `work` reads them and the directory is removed
 * whatever happens.
 */
export async function withUploadedFiles<T>(
  request: FastifyRequest,
  limits: UploadLimits,
  work: (files: UploadedFile[]) => Promise<T>,
): Promise<T> {
  const missing = () => new InvalidError("validation_failed", {}, [{ path: "files", code: limits.missing }]);
  const tooLarge = () =>
    new InvalidError("validation_failed", {}, [
      { path: "files", code: limits.tooLarge, params: { max: limits.maxMegabytes } },
    ]);
  if (!request.isMultipart()) throw missing();
  const dir = path.join(os.tmpdir(), "taocun-uploads", randomUUID());
  await fs.promises.mkdir(dir, { recursive: true });
  try {
    const files: UploadedFile[] = [];
    const bytes = limits.maxMegabytes * 1024 * 1024;
    const parts = request.parts({ limits: { fileSize: bytes + 1, files: limits.maxFiles, fields: 5, parts: 8 } });
    for await (const part of parts) {
      if (part.type !== "file") continue;
      const target = path.join(dir, String(files.length));
      await pipeline(part.file, new SizeLimit(bytes, tooLarge), fs.createWriteStream(target));
      files.push({ path: target, name: part.filename || `file-${files.length + 1}` });
    }
    if (files.length === 0) throw missing();
    return await work(files);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
