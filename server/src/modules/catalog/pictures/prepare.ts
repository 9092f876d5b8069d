import { createHash } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { type FieldProblem, InvalidError } from "../../../http/errors.js";
import { PICTURE_SIZES, type PictureSize } from "./keys.js";
import { sniffPictureType } from "./sniff.js";

export const MAX_PICTURE_MEGABYTES = 10;
export const MAX_PICTURE_BYTES = MAX_PICTURE_MEGABYTES * 1024 * 1024;
/** 40 megapixels: more than any phone or studio camera makes, far less than a decompression bomb. */
export const MAX_PICTURE_PIXELS = 40_000_000;

const MAIN = PICTURE_SIZES[0];
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

/** A picture made ready to store: its files of every size, named by the sha256 of the main one. */
export type PreparedPicture = {
  sha256: string;
  /** The uploaded picture's pixels, upright (after its EXIF orientation). */
  width: number;
  height: number;
  files: Record<PictureSize, Buffer>;
};

/**
 * Checks an uploaded picture and draws its files: the 800×800 main (the whole picture,
 * upright, fitted inside and padded on white, as Taobao wants a main image) and the 400 and
 * 160 thumbnails, all JPEG without any metadata (EXIF can carry the GPS position of the
 * factory). Refusals are an InvalidError about the field at `path`.
 */
export async function preparePicture(bytes: Buffer, path = "picture"): Promise<PreparedPicture> {
  const refuse = (code: FieldProblem["code"], params?: FieldProblem["params"]) =>
    new InvalidError("validation_failed", {}, [{ path, code, ...(params ? { params } : {}) }]);
  if (bytes.length === 0) throw refuse("picture_empty");
  if (bytes.length > MAX_PICTURE_BYTES) throw refuse("picture_too_large", { max: MAX_PICTURE_MEGABYTES });
  const type = sniffPictureType(bytes);
  if (!type) throw refuse("picture_type_unsupported");

  // The header alone gives the size, so a bomb is refused before a single pixel is decoded
  // (and with its size in the message, which sharp's own pixel limit would not give).
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!header || header.format !== type) throw refuse("picture_unreadable");
  if (header.width * header.height > MAX_PICTURE_PIXELS) {
    throw refuse("picture_too_many_pixels", {
      width: header.autoOrient.width,
      height: header.autoOrient.height,
      wan: MAX_PICTURE_PIXELS / 10_000,
      megapixels: MAX_PICTURE_PIXELS / 1_000_000,
    });
  }

  const main = await squareOnWhite(bytes).catch(() => undefined);
  if (!main) throw refuse("picture_unreadable");
  const files = Object.fromEntries(
    await Promise.all(PICTURE_SIZES.map(async (size) => [size, await encode(main, size)] as const)),
  ) as Record<PictureSize, Buffer>;
  const sha256 = createHash("sha256").update(files[MAIN]).digest("hex");
  return { sha256, width: header.autoOrient.width, height: header.autoOrient.height, files };
}

type Pixels = { data: Buffer; info: OutputInfo };

/** Decodes once into the square main's raw pixels; every size is encoded from them. */
function squareOnWhite(bytes: Buffer): Promise<Pixels> {
  // limitInputPixels guards the decoder again, whatever the header check above missed;
  // failOn "error" refuses broken data but tolerates the harmless warnings phones cause.
  return sharp(bytes, { limitInputPixels: MAX_PICTURE_PIXELS, failOn: "error", autoOrient: true })
    .flatten({ background: WHITE })
    .resize(MAIN, MAIN, { fit: "contain", background: WHITE })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
}

function encode({ data, info }: Pixels, size: PictureSize): Promise<Buffer> {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(size, size)
    .jpeg({ quality: 85 })
    .toBuffer();
}
