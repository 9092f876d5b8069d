import { type APIRequestContext, type Browser, expect } from "@playwright/test";
import { demoRateCards } from "../server/src/modules/shipping/demo-rates";
import { rateCardToCsv } from "../server/src/modules/shipping/rates/csv/write";
import type { RateCard } from "../server/src/modules/shipping/rates/schema";
import { demoPassword } from "./journey";
import { type Person, password } from "./orders-village";

/** The demo hub's operator (README): the association of 青岩刘. */
export const operatorEmail = "xiehui@demo.taocun.cn";

type Answer<T> = { ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<T> };

async function ok<T>(response: Promise<Answer<T>>): Promise<T> {
  const answer = await response;
  expect(answer.ok(), `${answer.status()}: ${await answer.text()}`).toBe(true);
  return answer.json();
}

/** A request context of the app's own origin (the server refuses writes from other sites). */
const sameOrigin = (origin: string) => ({ extraHTTPHeaders: { origin } });

/** A person signs up through the API and opens an organisation of `kind` in the demo hub. */
async function organisation(request: APIRequestContext, who: Person, kind: string) {
  await ok(request.post("/api/auth/signup", { data: { email: who.email, password, name: who.name } }));
  const hubs = await ok<{ id: string; name: string }[]>(request.get("/api/hubs"));
  const hub = hubs.find((one) => one.name === "青岩刘电商村") ?? hubs[0];
  const made = await ok<{ id: string }>(request.post("/api/orgs", { data: { hubId: hub?.id, kind, name: who.org } }));
  return { orgId: made.id, hubId: hub?.id ?? "" };
}

/** Where the shop's buyers live: three provinces every franchise network serves, and Tibet. */
export const BUYERS = [
  { name: "陈静", phone: "13700001111", address: "浙江省金华市义乌市江东街道青岩刘村3区5幢101室" },
  { name: "黄磊", phone: "13700002222", address: "广东省广州市天河区天河路100号2栋301室" },
  { name: "刘洋", phone: "13700003333", address: "北京市朝阳区建国路88号5号楼1201室" },
  { name: "扎西", phone: "13700004444", address: "西藏自治区拉萨市城关区北京中路10号" },
] as const;

/** A neighbour's buyers, all where ZTO delivers: with the shop's, the village's ZTO volume reaches a tier. */
const NEIGHBOUR_BUYERS = [
  { name: "孙悦", phone: "13600001111", address: "江苏省苏州市姑苏区人民路200号3幢502室" },
  { name: "钱多", phone: "13600002222", address: "上海市浦东新区世纪大道1号10楼" },
  { name: "李娜", phone: "13600003333", address: "浙江省杭州市西湖区文三路90号1幢202室" },
] as const;

/**
 * A bag factory with one bag (0.8 kg), a newcomer shop that picked it and sold one to each
 * buyer, a neighbour shop that sold three more, and a carrier station: set up through the
 * API, as the people would in the app. Neither shop alone reaches a ZTO tier of the journey's
 * card (5 parcels); together they do, so the pool saves even on a day with no other parcels.
 */
export async function shippingVillage(
  browser: Browser,
  origin: string,
  people: { supplier: Person; shop: Person; neighbour: Person; station: Person },
  stamp: number,
) {
  const supplierContext = await browser.newContext(sameOrigin(origin));
  const supplier = await organisation(supplierContext.request, people.supplier, "supplier");
  const code = `SHIP-${stamp}-BAG`;
  const bag = await ok<{ id: string }>(
    supplierContext.request.post(`/api/orgs/${supplier.orgId}/products`, {
      data: {
        title: "牛津布双肩包 大容量",
        status: "active",
        options: [{ name: "颜色", values: ["黑色"] }],
        skus: [
          {
            code,
            optionValues: ["黑色"],
            onHand: 50,
            weightGrams: 800,
            dropshipPriceFen: 4500,
            tiers: [{ minQuantity: 1, priceFen: 3900 }],
          },
        ],
      },
    }),
  );
  await supplierContext.close();

  const sell = async (person: Person, buyers: readonly { name: string; phone: string; address: string }[]) => {
    const context = await browser.newContext(sameOrigin(origin));
    const made = await organisation(context.request, person, "shop");
    await ok(context.request.post(`/api/orgs/${made.orgId}/picks`, { data: { productId: bag.id } }));
    for (const buyer of buyers)
      await ok(
        context.request.post(`/api/orgs/${made.orgId}/orders`, {
          data: {
            buyerName: buyer.name,
            phone: buyer.phone,
            address: buyer.address,
            lines: [{ skuCode: code, quantity: 1, unitPriceFen: 8900, title: "牛津布双肩包" }],
          },
        }),
      );
    await context.close();
    return made;
  };
  const shop = await sell(people.shop, BUYERS);
  await sell(people.neighbour, NEIGHBOUR_BUYERS);

  const stationContext = await browser.newContext(sameOrigin(origin));
  const station = await organisation(stationContext.request, people.station, "carrier_station");
  await stationContext.close();
  return { hubId: shop.hubId, supplierId: supplier.orgId, shopId: shop.orgId, stationId: station.orgId };
}

/** The operator's API, logged in: for the set-up the journey does not show (the cut-off, naming a station). */
export async function operatorApi(browser: Browser, origin: string) {
  const context = await browser.newContext(sameOrigin(origin));
  await ok(context.request.post("/api/auth/login", { data: { email: operatorEmail, password: demoPassword } }));
  return context;
}

const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Cuts off the reserved lines into parcels and answers their business day: today when its
 * cut-off has not run yet; otherwise the first earlier day that never ran (a past day may
 * still be run), skipping yesterday, which the demo cut off.
 */
export async function cutOff(request: APIRequestContext, hubId: string): Promise<string> {
  const first = await ok<{ businessDate: string; ran: boolean; counts: { parcels: number } }>(
    request.post(`/api/hubs/${hubId}/cutoff`, { data: {} }),
  );
  if (first.ran && first.counts.parcels > 0) return first.businessDate;
  for (let days = 2; days <= 14; days++) {
    const date = dayBefore(first.businessDate, days);
    const run = await ok<{ ran: boolean; counts: { parcels: number } }>(
      request.post(`/api/hubs/${hubId}/cutoff`, { data: { date } }),
    );
    if (run.ran) {
      expect(run.counts.parcels, `the cut-off of ${date} made no parcel`).toBeGreaterThan(0);
      return date;
    }
  }
  throw new Error("no day in the last two weeks was left to cut off");
}

/**
 * The village's new ZTO contract: the demo card a fifth cheaper, volume tiers a village day
 * reaches (5 and 20 parcels) but no single shop does, and Tibet no longer served.
 */
export function newZtoCard(): RateCard {
  const zto = demoRateCards().find((card) => card.carrier === "ZTO");
  if (!zto) throw new Error("the demo has no ZTO card");
  const cheaper = (fen: number) => Math.round(fen * 0.8);
  return {
    ...zto,
    tiers: [
      { minParcels: 5, discountFen: 10 },
      { minParcels: 20, discountFen: 20 },
    ],
    destinations: zto.destinations.map((destination) => {
      if (destination.province === "54" && !destination.city) return { province: "54", served: false };
      if (!destination.served) return destination;
      return {
        ...destination,
        bands: destination.bands.map((band) =>
          band.kind === "flat"
            ? { ...band, priceFen: cheaper(band.priceFen) }
            : { ...band, firstPriceFen: cheaper(band.firstPriceFen), perKgFen: cheaper(band.perKgFen) },
        ),
      };
    }),
  };
}

/** A rate card as the CSV the upload takes (and the download gives). */
export function rateCardCsv(card: RateCard): { name: string; mimeType: string; buffer: Buffer } {
  return { name: `价格表-${card.carrier}.csv`, mimeType: "text/csv", buffer: Buffer.from(rateCardToCsv(card), "utf8") };
}

/** The demo's card of a carrier, as it was before the journey changed anything. */
export function demoCard(carrier: string): RateCard {
  const card = demoRateCards().find((one) => one.carrier === carrier);
  if (!card) throw new Error(`the demo has no ${carrier} card`);
  return card;
}

/** The new ZTO card with two bad cells: a province nobody knows and a price in words. */
export function badZtoCsv(): { name: string; mimeType: string; buffer: Buffer } {
  const csv = rateCardToCsv(newZtoCard())
    .replace(/^北京,,0\.5,/m, "火星,,0.5,")
    .replace(/^(浙江,,1,,)[\d.]+,/m, "$1一块五,");
  return { name: "价格表-ZTO-有错.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") };
}
