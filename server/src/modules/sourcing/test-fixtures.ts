import { createHash } from "node:crypto";
import { Browser, type TestApp } from "../../../test/app.js";
import { makeHub } from "../accounts/test-fixtures.js";
import { pictureFileKey } from "../catalog/pictures/keys.js";
import { pictures, productPictures } from "../catalog/schema.js";

export type Member = { browser: Browser; orgId: string };

/** Someone signed up with an organisation of their own in the hub. */
export async function member(t: TestApp, hubId: string, kind: string, name: string): Promise<Member> {
  const browser = new Browser(t.app);
  await browser.signUp(`${kind}-${name.length}-${Math.random().toString(36).slice(2)}@example.com`);
  const response = await browser.post("/api/orgs", { hubId, kind, name });
  if (response.statusCode !== 201) throw new Error(`could not create ${name}: ${response.body}`);
  return { browser, orgId: response.json().id };
}

/** A hub with a bag factory and a newcomer shop, as most sourcing tests need. */
export async function village(t: TestApp) {
  const hubId = (await makeHub(t.database.db)).id;
  const supplier = await member(t, hubId, "supplier", "青岩刘箱包厂");
  const shop = await member(t, hubId, "shop", "小燕饰品店");
  return { hubId, supplier, shop };
}

/** Lists a product as the supplier; answers the catalog's product. */
export async function listProduct(supplier: Member, product: object) {
  const response = await supplier.browser.post(`/api/orgs/${supplier.orgId}/products`, product);
  if (response.statusCode !== 201) throw new Error(`could not list: ${response.body}`);
  return response.json();
}

/** One variant without options, at a wholesale price and a dropship price. */
export function simpleProduct(
  code: string,
  title: string,
  costs: { tierFen: number; dropshipFen?: number; onHand?: number },
) {
  return {
    title,
    status: "active" as const,
    skus: [
      {
        code,
        optionValues: [],
        weightGrams: 120,
        onHand: costs.onHand ?? 20,
        dropshipPriceFen: costs.dropshipFen ?? null,
        tiers: [{ minQuantity: 1, priceFen: costs.tierFen }],
      },
    ],
  };
}

/**
 * Gives a product a gallery as the picture pipeline would leave it: the rows, and the
 * 800 px file in storage (catalog/pictures does this for real uploads).
 */
export async function galleryOf(t: TestApp, hubId: string, productId: string, uploadedBy: string, count: number) {
  const shas: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = Buffer.from(`jpeg of ${productId} #${i}`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await t.database.db
      .insert(pictures)
      .values({ hubId, sha256, width: 800, height: 800, bytes: bytes.length, uploadedBy })
      .onConflictDoNothing();
    await t.database.db.insert(productPictures).values({ hubId, productId, position: i, sha256 });
    await t.storage.put(pictureFileKey(hubId, sha256, 800), bytes);
    shas.push(sha256);
  }
  return shas;
}
