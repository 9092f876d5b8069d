import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { type FieldProblem, InvalidError } from "../../../http/errors.js";
import { requireOwnProduct, type SupplierScope } from "../products.js";
import { pictures, productPictures, products } from "../schema.js";

/** Taobao shows five main images and a shop rarely needs more than twenty of one product. */
export const MAX_GALLERY = 20;

/**
 * Replaces a product's gallery with these pictures, in this order (position 0 is the main
 * picture), all or nothing. Only the product's own supplier may; every picture must be one
 * already stored in the product's hub.
 */
export async function setGallery(db: Db, scope: SupplierScope, productId: string, sha256s: string[]): Promise<void> {
  await requireOwnProduct(db, scope, productId);
  await refuseBadGallery(db, scope.hubId, sha256s);
  const ofProduct = and(eq(productPictures.hubId, scope.hubId), eq(productPictures.productId, productId));
  await db.transaction(async (tx) => {
    // The product's row is the gallery's lock: two editors at once replace it one after the other.
    await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.hubId, scope.hubId), eq(products.id, productId)))
      .for("update");
    await tx.delete(productPictures).where(ofProduct);
    if (sha256s.length > 0) {
      await tx
        .insert(productPictures)
        .values(sha256s.map((sha256, position) => ({ hubId: scope.hubId, productId, position, sha256 })));
    }
    await tx
      .update(products)
      .set({ updatedAt: new Date() })
      .where(and(eq(products.hubId, scope.hubId), eq(products.id, productId)));
  });
}

async function refuseBadGallery(db: Db, hubId: string, sha256s: string[]): Promise<void> {
  if (sha256s.length > MAX_GALLERY) {
    throw new InvalidError("validation_failed", {}, [
      { path: "pictures", code: "gallery_too_many", params: { max: MAX_GALLERY } },
    ]);
  }
  const stored = new Set(
    sha256s.length === 0
      ? []
      : (
          await db
            .select({ sha256: pictures.sha256 })
            .from(pictures)
            .where(and(eq(pictures.hubId, hubId), inArray(pictures.sha256, sha256s)))
        ).map((row) => row.sha256),
  );
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  sha256s.forEach((sha256, i) => {
    if (!stored.has(sha256)) problems.push({ path: `pictures.${i}`, code: "gallery_picture_unknown" });
    else if (seen.has(sha256)) problems.push({ path: `pictures.${i}`, code: "gallery_picture_repeated" });
    seen.add(sha256);
  });
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
}
