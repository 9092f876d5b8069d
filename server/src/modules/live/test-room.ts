import { sql } from "drizzle-orm";
import { Browser, type TestApp } from "../../../test/app.js";
import { queryRows } from "../../db/connection.js";
import { makeHub } from "../accounts/test-fixtures.js";
import { listProduct, type Member, member } from "../sourcing/test-fixtures.js";

/** A factory with a clearance bag in stock: what a live test sells from. */
export async function liveFactory(t: TestApp, onHand = 50) {
  const hubId = (await makeHub(t.database.db)).id;
  const factory = await member(t, hubId, "supplier", "白沟箱包厂");
  const product = await listProduct(factory, {
    title: "真皮托特包 清仓",
    status: "active",
    skus: [
      {
        code: "BAG-1",
        optionValues: [],
        weightGrams: 800,
        onHand,
        dropshipPriceFen: 12_900,
        retailPriceFen: 19_900,
        clearanceQuantity: 30,
        clearancePriceFen: 9_900,
        tiers: [{ minQuantity: 1, priceFen: 8_000 }],
      },
    ],
  });
  const [sku] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from skus where hub_id = ${hubId} and product_id = ${product.id}`,
  );
  return { hubId, factory, skuId: (sku as { id: string }).id };
}

/** Schedules a room with the factory's bag and goes live. */
export async function liveRoom(factory: Member, skuId: string, start = true) {
  const created = await factory.browser.post(`/api/orgs/${factory.orgId}/live/rooms`, {
    title: "白沟工厂清仓专场",
    scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    anchors: ["小王"],
    skuIds: [skuId],
  });
  if (created.statusCode !== 201) throw new Error(`room: ${created.body}`);
  const roomId = created.json().id as string;
  if (start) await factory.browser.post(`/api/orgs/${factory.orgId}/live/rooms/${roomId}/start`);
  return roomId;
}

/** A factory's room with its clearance bag, on air. */
export async function liveShow(t: TestApp) {
  const { factory, skuId } = await liveFactory(t);
  return { factory, skuId, roomId: await liveRoom(factory, skuId) };
}

/** A flash deal of the bag, open now for ten minutes: 5 units, 3 a buyer, unless `terms` say otherwise. */
export async function launchDeal(
  factory: Member,
  roomId: string,
  skuId: string,
  terms: Record<string, unknown> = {},
): Promise<string> {
  const response = await factory.browser.post(`/api/orgs/${factory.orgId}/live/rooms/${roomId}/deals`, {
    skuId,
    dealPriceFen: 9900,
    quantity: 5,
    perBuyerLimit: 3,
    startsInSeconds: 0,
    durationMinutes: 10,
    ...terms,
  });
  if (response.statusCode !== 201) throw new Error(`deal: ${response.body}`);
  return response.json().id as string;
}

let phones = 0;

/** A buyer signed in with a phone and the code the log sender shows. */
export async function signedInBuyer(t: TestApp, roomId: string) {
  phones += 1;
  const phone = `139${String(phones).padStart(8, "0")}`;
  const buyer = new Browser(t.app);
  const sent = await buyer.post(`/api/live/rooms/${roomId}/sign-in/code`, { phone });
  if (sent.statusCode !== 200) throw new Error(`code: ${sent.body}`);
  const signedIn = await buyer.post(`/api/live/rooms/${roomId}/sign-in`, { phone, code: sent.json().devCode });
  if (signedIn.statusCode !== 200) throw new Error(`sign-in: ${signedIn.body}`);
  const cookie = signedIn.cookies.find((c) => c.name === "taocun_buyer")?.value;
  const token = cookie as string;
  return { browser: withBuyerCookie(buyer, token), phone, id: signedIn.json().id as string, token };
}

/** The Browser helper keeps only the staff cookie; a buyer's travels in its own header. */
function withBuyerCookie(browser: Browser, token: string) {
  const call = browser.call.bind(browser);
  browser.call = (request) => call({ ...request, headers: { cookie: `taocun_buyer=${token}`, ...request.headers } });
  return browser;
}
