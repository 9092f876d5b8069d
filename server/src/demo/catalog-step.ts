import { randomUUID } from "node:crypto";
import { ProductInput } from "../modules/catalog/api-schemas.js";
import { listCategories } from "../modules/catalog/categories.js";
import { storePicture } from "../modules/catalog/pictures/store.js";
import { refreshProductSummaries } from "../modules/catalog/product-summary.js";
import { productPictures, products, skuPriceTiers, skus } from "../modules/catalog/schema.js";
import { variantProblems } from "../modules/catalog/variants.js";
import { insertInBatches } from "./batches.js";
import { drawProduct } from "./catalog-drawings.js";
import { type Drawing, type Listing, planListings } from "./catalog-listings.js";
import type { DemoContext, DemoStep } from "./context.js";

/** Products per supplier besides the face supplier, who lists every kind of its goods. */
const PRODUCTS = { small: [4, 6], village: [2, 4] } as const;
/** Drawings stored at once: the machine has two cores, and the database wants one of them. */
const DRAWING_LANES = 2;

/**
 * Suppliers' products with drawn pictures, tiers, stock and, at some bag factories, backlog on
 * clearance. Products go in by batches rather than one createProduct each (a statement costs
 * milliseconds on the embedded database, and the village has a thousand products); every row
 * is checked as createProduct would check it first, and the summary is refreshed by catalog's
 * own refreshProductSummaries. Pictures are drawn on sharp's threads meanwhile.
 */
export const catalogStep: DemoStep = {
  name: "catalog",
  async run(ctx) {
    const listings = await plan(ctx);
    const [pictures, productIds] = await settled(storeDrawings(ctx, listings), insertListings(ctx, listings));
    const gallery = listings.flatMap((listing, i) =>
      listing.gallery.map((drawing, position) => ({
        hubId: ctx.hub.id,
        productId: productIds[i] as string,
        position,
        sha256: pictures.get(key(drawing)) as string,
      })),
    );
    await insertInBatches(ctx.db, productPictures, gallery);
  },
};

async function plan(ctx: DemoContext): Promise<Listing[]> {
  const categories = await listCategories(ctx.db, ctx.hub.id);
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  const categoryIds = new Map(
    categories.filter((c) => c.parentId).map((c) => [`${nameOf.get(c.parentId as string)}/${c.name}`, c.id]),
  );
  const [least, most] = PRODUCTS[ctx.scale];
  const listings = ctx.organisations
    .filter((org) => org.kind === "supplier")
    .flatMap((supplier, i) =>
      planListings(ctx.rng, supplier, { face: i === 0, count: ctx.rng.int(least, most), categoryIds }),
    );
  for (const { input } of listings) {
    ProductInput.parse(input);
    const problems = variantProblems(input.options ?? [], input.skus);
    if (problems.length > 0) throw new Error(`demo product ${input.title}: ${JSON.stringify(problems)}`);
  }
  return listings;
}

async function insertListings(ctx: DemoContext, listings: Listing[]): Promise<string[]> {
  const hubId = ctx.hub.id;
  const productRows = listings.map(({ supplier, input: { skus: _, ...fields } }) => ({
    ...fields,
    id: randomUUID(),
    hubId,
    supplierId: supplier.id,
  }));
  const skuRows = listings.flatMap(({ supplier, input }, i) =>
    input.skus.map(({ tiers: _, ...sku }, position) => ({
      ...sku,
      id: randomUUID(),
      hubId,
      productId: productRows[i]?.id as string,
      supplierId: supplier.id,
      position,
    })),
  );
  const tierRows = listings
    .flatMap(({ input }) => input.skus)
    .flatMap((sku, i) => sku.tiers.map((tier) => ({ ...tier, hubId, skuId: skuRows[i]?.id as string })));
  await insertInBatches(ctx.db, products, productRows);
  await insertInBatches(ctx.db, skus, skuRows);
  await insertInBatches(ctx.db, skuPriceTiers, tierRows);
  await refreshProductSummaries(
    ctx.db,
    hubId,
    productRows.map((row) => row.id),
  );
  return productRows.map((row) => row.id);
}

const key = ({ kind, colour }: Drawing) => `${kind}/${colour}`;

/**
 * Draws each kind of goods once per colour and stores it as its first supplier would upload
 * it. Kinds × colours bound the drawings, so a village of 300 suppliers draws hardly more
 * than a small hub.
 */
async function storeDrawings(ctx: DemoContext, listings: Listing[]): Promise<Map<string, string>> {
  const wanted = new Map<string, { drawing: Drawing; userId: string }>();
  for (const { supplier, gallery } of listings) {
    for (const drawing of gallery) {
      if (!wanted.has(key(drawing))) wanted.set(key(drawing), { drawing, userId: supplier.ownerId });
    }
  }
  const queue = [...wanted.values()];
  const sha256s = new Map<string, string>();
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { drawing, userId } = next;
      const bytes = await drawProduct(drawing.kind, drawing.colour);
      const picture = await storePicture(ctx.db, ctx.storage, { hubId: ctx.hub.id, userId }, bytes);
      sha256s.set(key(drawing), picture.sha256);
    }
  };
  await settled(...Array.from({ length: DRAWING_LANES }, lane));
  return sha256s;
}

/**
 * Like Promise.all, but waits for every one to end before throwing the first failure: they
 * share the loading transaction, which must not roll back while one is still writing.
 */
async function settled<T extends unknown[]>(...work: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(work);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T;
}
