/** The sizes every picture is stored in: the 800×800 main (padded on white) and two thumbnails. */
export const PICTURE_SIZES = [800, 400, 160] as const;
export type PictureSize = (typeof PICTURE_SIZES)[number];

/** Where a picture's file of one size lives in the file storage. */
export function pictureFileKey(hubId: string, sha256: string, size: PictureSize): string {
  return `pictures/${hubId}/${sha256}/${size}.jpg`;
}

/**
 * The public path a picture is served at. Content-addressed, so it never changes and is
 * cached for a year; unguessable without the hash, so listings on other platforms
 * (Shopify's Image Src) can fetch it without a log-in.
 */
export function picturePath(hubId: string, sha256: string, size: PictureSize): string {
  return `/media/pictures/${hubId}/${sha256}/${size}.jpg`;
}
