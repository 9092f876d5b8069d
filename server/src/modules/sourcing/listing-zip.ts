import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import type { FileStorage } from "../../storage/storage.js";
import { pictureFileKey, picturePath } from "../catalog/pictures/keys.js";
import type { Listing } from "./selection.js";
import { shopifyCsv } from "./shopify-csv.js";
import { taobaoCsv, taobaoPictureName, taobaoPictures } from "./taobao-csv.js";

export type ListingFormat = "shopify" | "taobao";

export type ListingZipOptions = {
  formats: ListingFormat[];
  hubId: string;
  storage: FileStorage;
  /** Where Shopify fetches pictures from: this server's public origin. */
  origin: string;
  vendor: string;
};

export const SHOPIFY_CSV = "shopify/products.csv";
// 淘宝助理 finds a data package's pictures in the folder named like its CSV.
export const TAOBAO_CSV = "taobao/products.csv";
export const TAOBAO_PICTURES = "taobao/products";

/**
 * The shop's listings as a ZIP, streamed as it is written: the Shopify CSV, and the
 * Taobao data package with its pictures copied from storage one at a time, so a
 * thousand pictures never sit in memory (or hold a thousand files open) at once.
 */
export async function listingZip(listings: Listing[], options: ListingZipOptions): Promise<Readable> {
  const stored = await storedPictures(listings, options);
  const pictures = (listing: Listing) => listing.product.pictures.filter((sha256) => stored.has(sha256));
  const zip = new ZipFile();
  if (options.formats.includes("shopify")) {
    const pictureUrl = (sha256: string) => options.origin + picturePath(options.hubId, sha256, 800);
    const csv = shopifyCsv(listings, { vendor: options.vendor, pictureUrl, pictures });
    zip.addBuffer(Buffer.from(csv, "utf8"), SHOPIFY_CSV);
  }
  if (options.formats.includes("taobao")) {
    zip.addBuffer(taobaoCsv(listings, pictures), TAOBAO_CSV);
    const shipped = new Set(listings.flatMap((listing) => taobaoPictures(pictures(listing))));
    for (const sha256 of shipped) {
      const key = pictureFileKey(options.hubId, sha256, 800);
      // JPEGs do not shrink: store them as they are.
      zip.addReadStreamLazy(`${TAOBAO_PICTURES}/${taobaoPictureName(sha256)}.tbi`, { compress: false }, (done) => {
        options.storage.stream(key).then(
          (stream) => done(null, stream ?? Readable.from([])),
          (error) => done(error, Readable.from([])),
        );
      });
    }
  }
  zip.end();
  // yazl's output is a PassThrough; its typings only promise the older stream interface.
  return zip.outputStream as Readable;
}

// A picture the catalog lists but storage lacks (still processing, lost) is left out, not a broken link.
async function storedPictures(listings: Listing[], options: ListingZipOptions): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const sha256 of new Set(listings.flatMap((listing) => listing.product.pictures))) {
    if (await options.storage.exists(pictureFileKey(options.hubId, sha256, 800))) stored.add(sha256);
  }
  return stored;
}
