import type { Readable } from "node:stream";
import iconv from "iconv-lite";
import sharp from "sharp";
import yauzl from "yauzl";
import { MAX_PICTURE_BYTES, MAX_PICTURE_MEGABYTES, MAX_PICTURE_PIXELS } from "../pictures/prepare.js";
import { sniffPictureType } from "../pictures/sniff.js";
import type { Problem } from "./values.js";

/** A picture as the sheet names it: found in the ZIP, or why not. */
export type PictureLookup = { entry: yauzl.Entry; path: string } | { problem: Problem };

/**
 * The ZIP of pictures beside a sheet. Only its central directory is held in memory (names
 * and offsets); a picture's bytes are read when asked for. Names match without regard to
 * case, with or without the folders inside the ZIP.
 */
export class PictureArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly byPath: Map<string, { entry: yauzl.Entry; path: string }>,
    private readonly byName: Map<string, { entry: yauzl.Entry; path: string }[]>,
  ) {}

  static async open(path: string): Promise<PictureArchive> {
    const zip = await yauzl.openPromise(path, { autoClose: false, strictFileNames: false });
    const byPath = new Map<string, { entry: yauzl.Entry; path: string }>();
    const byName = new Map<string, { entry: yauzl.Entry; path: string }[]>();
    try {
      for await (const entry of zip.eachEntry()) {
        const entryPath = entryName(entry);
        const base = entryPath.split("/").pop() ?? "";
        // Folders, macOS's resource forks and Windows' thumbnail caches are not pictures.
        if (entryPath.endsWith("/") || entryPath.startsWith("__MACOSX/") || base.startsWith("._")) continue;
        if (base.toLowerCase() === "thumbs.db" || base === ".DS_Store") continue;
        const found = { entry, path: entryPath };
        byPath.set(fold(entryPath), found);
        const named = byName.get(fold(base)) ?? [];
        named.push(found);
        byName.set(fold(base), named);
      }
    } catch (error) {
      zip.close();
      throw error;
    }
    return new PictureArchive(zip, byPath, byName);
  }

  /** The entry a sheet's name refers to: its path in the ZIP, or its file name if that is unique. */
  find(name: string): PictureLookup {
    const wanted = fold(name.replaceAll("\\", "/").replace(/^\.?\//, ""));
    const exact = this.byPath.get(wanted);
    if (exact) return exact;
    const named = this.byName.get(wanted.split("/").pop() ?? "") ?? [];
    // "红色/1.jpg" in the sheet may sit under a top folder in the ZIP ("商品图/红色/1.jpg").
    const candidates = wanted.includes("/") ? named.filter((n) => fold(n.path).endsWith(`/${wanted}`)) : named;
    if (candidates.length === 1 && candidates[0]) return candidates[0];
    if (candidates.length > 1)
      return {
        problem: {
          code: "import_picture_ambiguous",
          params: {
            name,
            paths: candidates
              .slice(0, 3)
              .map((c) => c.path)
              .join(", "),
          },
        },
      };
    return { problem: { code: "import_picture_missing", params: { name } } };
  }

  /** What would stop storePicture from taking this picture, found from its bytes' header. */
  async problemOf(name: string, entry: yauzl.Entry): Promise<Problem | undefined> {
    if (entry.uncompressedSize === 0) return { code: "import_picture_unreadable", params: { name } };
    if (entry.uncompressedSize > MAX_PICTURE_BYTES)
      return { code: "import_picture_too_large", params: { name, max: MAX_PICTURE_MEGABYTES } };
    const bytes = await this.read(entry).catch(() => undefined);
    if (!bytes) return { code: "import_picture_unreadable", params: { name } };
    const type = sniffPictureType(bytes);
    if (!type) return { code: "import_picture_type", params: { name } };
    const header = await sharp(bytes)
      .metadata()
      .catch(() => undefined);
    if (!header || header.format !== type) return { code: "import_picture_unreadable", params: { name } };
    if (header.width * header.height > MAX_PICTURE_PIXELS)
      return {
        code: "import_picture_too_many_pixels",
        params: {
          name,
          width: header.width,
          height: header.height,
          wan: MAX_PICTURE_PIXELS / 10_000,
          megapixels: MAX_PICTURE_PIXELS / 1_000_000,
        },
      };
    return undefined;
  }

  async read(entry: yauzl.Entry): Promise<Buffer> {
    const stream: Readable = await this.zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > MAX_PICTURE_BYTES) {
        stream.destroy();
        throw new Error("picture too large");
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

const fold = (text: string) => text.normalize("NFC").toLowerCase();

/**
 * An entry's name. ZIPs made on a Chinese Windows write GBK names without saying so;
 * yauzl then reads them as CP437. Such a name is read again: UTF-8 if it is valid UTF-8,
 * else GB18030.
 */
function entryName(entry: yauzl.Entry): string {
  const utf8Flag = (entry.generalPurposeBitFlag & 0x800) !== 0;
  const unicodeExtra = entry.extraFields.some((field) => field.id === 0x7075);
  const raw = entry.fileNameRaw;
  if (utf8Flag || unicodeExtra || !raw || raw.every((byte) => byte < 0x80)) return entry.fileName.replaceAll("\\", "/");
  let name: string;
  try {
    name = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    name = iconv.decode(raw, "gb18030");
  }
  return name.replaceAll("\\", "/");
}
