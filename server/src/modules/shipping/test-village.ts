import type { TestApp } from "../../../test/app.js";
import { Browser } from "../../../test/app.js";
import { addHubOperator } from "../accounts/hubs.js";
import { listProduct, member, simpleProduct, village } from "../sourcing/test-fixtures.js";
import { demoRateCards } from "./demo-rates.js";

/** Where the village's test orders go: two rich provinces, the west, and 三沙 (only the post serves it). */
export const ADDRESSES = [
  "浙江省金华市义乌市江东街道青岩刘村 3 区 12 号",
  "广东省广州市天河区体育西路 191 号",
  "四川省成都市武侯区人民南路四段 1 号",
  "海南省三沙市西沙区永兴岛北京路 1 号",
] as const;

/**
 * A hub whose shop sold `orders` parcels (one per order, addresses in turn), cut off, with a
 * ZTO contract collected by a station and an SF one, and an operator: a shipping day to allocate.
 */
export async function shippingVillage(t: TestApp, orders = 8) {
  const { hubId, supplier, shop } = await village(t);
  const operator = new Browser(t.app);
  await addHubOperator(t.database.db, hubId, (await operator.signUp(`operator-${hubId}@example.com`)).id);
  const station = await member(t, hubId, "carrier_station", "中通青岩刘网点");
  const product = await listProduct(
    supplier,
    simpleProduct("QYL-CUP-1", "保温杯 500ml", { tierFen: 1500, dropshipFen: 1900, onHand: 500 }),
  );
  await shop.browser.post(`/api/orgs/${shop.orgId}/picks`, { productId: product.id });
  for (let i = 0; i < orders; i++) {
    const response = await shop.browser.post(`/api/orgs/${shop.orgId}/orders`, {
      buyerName: `买家${i}`,
      phone: `1381234${String(1000 + i)}`,
      address: ADDRESSES[i % ADDRESSES.length],
      lines: [{ skuCode: "QYL-CUP-1", quantity: 1 + (i % 2) }],
    });
    if (response.statusCode !== 201) throw new Error(`order ${i}: ${response.body}`);
  }
  const cutoff = await operator.post(`/api/hubs/${hubId}/cutoff`, {});
  if (cutoff.statusCode !== 200) throw new Error(`cutoff: ${cutoff.body}`);
  const cards = demoRateCards();
  const card = (code: string) => cards.find((c) => c.carrier === code);
  // ZTO is the cheapest but takes three parcels a day: the rest go SF, so the day has both.
  const zto = await operator.put(`/api/hubs/${hubId}/contracts/ZTO`, {
    card: { ...card("ZTO"), dailyCapacity: 3 },
    stationId: station.orgId,
  });
  if (zto.statusCode !== 200) throw new Error(`contract: ${zto.body}`);
  await operator.put(`/api/hubs/${hubId}/contracts/SF`, { card: card("SF") });
  return { hubId, supplier, shop, operator, station, date: cutoff.json().businessDate as string, cards };
}

/** Starts the day's allocation and waits for it to finish; answers the finished allocation. */
export async function allocate(operator: Browser, hubId: string, date: string) {
  const started = await operator.post(`/api/hubs/${hubId}/allocations`, { date });
  if (started.statusCode !== 202) throw new Error(`allocation: ${started.body}`);
  for (let attempt = 0; attempt < 200; attempt++) {
    const read = (await operator.get(`/api/hubs/${hubId}/allocations/${date}`)).json();
    if (read.status !== "running") return read;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the allocation did not finish in 10 s");
}
