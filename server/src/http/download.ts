import type { FastifyReply } from "fastify";
import { z } from "zod";

/** A file's bytes in the OpenAPI document. */
export const Bytes = z.string().meta({ format: "binary" });

/** Sends a file to download, its name in ASCII with the Chinese name for browsers that read it. */
export function download(reply: FastifyReply, type: string, ascii: string, chinese: string, bytes: Buffer | string) {
  return reply
    .header("content-type", type)
    .header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`)
    .send(bytes as unknown as string);
}
