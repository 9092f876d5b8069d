import type { Db } from "../../../db/connection.js";
import type { FileStorage } from "../../../storage/storage.js";
import { pictures } from "../schema.js";
import { PICTURE_SIZES, pictureFileKey } from "./keys.js";
import { type PreparedPicture, preparePicture } from "./prepare.js";

export type PictureOwner = { hubId: string; userId: string };

/**
 * Stores a picture for a hub: checks it, draws its 800×800 main and thumbnails (see
 * preparePicture) and keeps them under the sha256 of the main. Content-addressed: the same
 * picture stored twice is one row and one set of files. Refusals are an InvalidError.
 */
export async function storePicture(
  db: Db,
  storage: FileStorage,
  owner: PictureOwner,
  bytes: Buffer,
): Promise<{ sha256: string; width: number; height: number }> {
  const { sha256, width, height } = await savePicture(db, storage, owner, await preparePicture(bytes));
  return { sha256, width, height };
}

/** Writes a prepared picture's files, then its row: a row always has its files behind it. */
export async function savePicture(
  db: Db,
  storage: FileStorage,
  owner: PictureOwner,
  picture: PreparedPicture,
): Promise<PreparedPicture> {
  const { hubId } = owner;
  for (const size of PICTURE_SIZES) {
    const key = pictureFileKey(hubId, picture.sha256, size);
    // Same name, same bytes: a file already there is this very file.
    if (!(await storage.exists(key))) await storage.put(key, picture.files[size]);
  }
  await db
    .insert(pictures)
    .values({
      hubId,
      sha256: picture.sha256,
      width: picture.width,
      height: picture.height,
      bytes: picture.files[PICTURE_SIZES[0]].length,
      uploadedBy: owner.userId,
    })
    .onConflictDoNothing();
  return picture;
}
