import type { Readable } from "node:stream";

/**
 * Where uploaded and generated files live, by key (e.g. `pictures/<hub>/<sha256>/800.jpg`).
 * Local directory now; an object store (S3, OSS) plugs in behind the same interface.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The file's bytes, or undefined when there is none. */
  get(key: string): Promise<Buffer | undefined>;
  /** A stream of the file, or undefined when there is none. */
  stream(key: string): Promise<Readable | undefined>;
  exists(key: string): Promise<boolean>;
}
