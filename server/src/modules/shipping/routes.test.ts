import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "../../../test/app.js";
import { queryRows } from "../../db/connection.js";
import { postFiles } from "../catalog/import/test-helpers.js";
import { readPdf } from "../orders/documents/testing/pdf-pages.js";
import type { Member } from "../sourcing/test-fixtures.js";
import { rateCardToCsv } from "./rates/csv/write.js";
import type { RateCard } from "./rates/schema.js";
import { allocate, shippingVillage } from "./test-village.js";

let t: TestApp;
let day: Awaited<ReturnType<typeof shippingVillage>>;
let hubId: string;
let operator: Browser;
let shop: Member;
let station: Member;

beforeAll(async () => {
  t = await testApp();
  day = await shippingVillage(t);
  ({ hubId, operator, shop, station } = day);
});
afterAll(() => t.close());

const card = (code: string) => day.cards.find((c) => c.carrier === code) as RateCard;
const sheet = (text: string, name = "价格表.csv") => [{ field: "files", name, bytes: Buffer.from(text) }];
const contracts = async () =>
  (await operator.get(`/api/hubs/${hubId}/contracts`)).json().map((c: { carrier: string }) => c.carrier);

describe("contracts", () => {
  it("imports a rate-card CSV and exports the same card back, as CSV and as XLSX", async () => {
    const response = await postFiles(
      t.app,
      operator,
      `/api/hubs/${hubId}/contracts/imports`,
      sheet(rateCardToCsv(card("YTO"))),
    );
    expect(response.json().ok, response.body).toBe(true);
    const exported = await operator.get(`/api/hubs/${hubId}/contracts/YTO/rate-card.csv`);
    expect(exported.body).toBe(rateCardToCsv(card("YTO")));
    const xlsx = await operator.get(`/api/hubs/${hubId}/contracts/YTO/rate-card.xlsx`);
    const again = await postFiles(t.app, operator, `/api/hubs/${hubId}/contracts/imports`, [
      { field: "files", name: "价格表.xlsx", bytes: xlsx.rawPayload },
    ]);
    expect(again.json()).toMatchObject({ ok: true, contract: { card: card("YTO") } });
    expect(await contracts()).toEqual(["SF", "YTO", "ZTO"]);
  });

  it("refuses a sheet with a province missing or a negative price, row by row, changing nothing", async () => {
    const text = rateCardToCsv(card("STO"), { bom: false });
    const noZhejiang = text
      .split("\n")
      .filter((line) => !line.startsWith("浙江,"))
      .join("\n");
    const missing = (
      await postFiles(t.app, operator, `/api/hubs/${hubId}/contracts/imports`, sheet(noZhejiang))
    ).json();
    expect(missing.ok).toBe(false);
    expect(missing.problems.map((p: { code: string }) => p.code)).toContain("rate_province_missing");
    const negative = text.replace(/^(广东,,[^,]*,[^,]*,)([0-9.]+)/m, "$1-$2");
    const refused = (await postFiles(t.app, operator, `/api/hubs/${hubId}/contracts/imports`, sheet(negative))).json();
    expect(refused.ok).toBe(false);
    expect(refused.problems[0]).toMatchObject({ column: expect.any(String), row: expect.any(Number) });
    expect(await contracts()).toEqual(["SF", "YTO", "ZTO"]);
  });

  it("refuses overlapping weight bands in a JSON card with the band's path", async () => {
    const overlapping = structuredClone(card("YD"));
    const zhejiang = overlapping.destinations.find((d) => d.province === "33" && !d.city);
    if (!zhejiang?.served) throw new Error("the demo card serves Zhejiang");
    zhejiang.bands = [zhejiang.bands[0], zhejiang.bands[0], ...zhejiang.bands.slice(1)] as typeof zhejiang.bands;
    const response = await operator.put(`/api/hubs/${hubId}/contracts/YD`, { card: overlapping });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toMatch(/^card\.destinations\.\d+\.bands/);
    expect(await contracts()).toEqual(["SF", "YTO", "ZTO"]);
    await operator.delete(`/api/hubs/${hubId}/contracts/YTO`);
  });

  it("names a contract's collecting station apart from its card, refusing an organisation that is not a station", async () => {
    const url = `/api/hubs/${hubId}/contracts/SF/station`;
    const shopAsStation = await operator.put(url, { stationId: shop.orgId });
    expect(shopAsStation.statusCode).toBe(409);
    expect(shopAsStation.json().error.code).toBe("contract_station_invalid");
    const named = await operator.put(url, { stationId: station.orgId });
    expect(named.json()).toMatchObject({ carrier: "SF", stationId: station.orgId, card: card("SF") });
    expect((await operator.put(url, { stationId: null })).json().stationId).toBeNull();
  });

  it("refuses a second allocation of a day while one runs, but not for ever after a server stopped mid-run", async () => {
    const date = "2026-01-05";
    const running = (startedAt: string) =>
      t.database.db.execute(
        sql`insert into allocation_runs (hub_id, business_date, started_at) values (${hubId}, ${date}, ${startedAt})`,
      );
    await running(new Date(Date.now() - 60_000).toISOString());
    const busy = await operator.post(`/api/hubs/${hubId}/allocations`, { date });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe("allocation_running");
    await t.database.db.execute(
      sql`update allocation_runs set started_at = now() - interval '11 minutes' where business_date = ${date}`,
    );
    const after = await allocate(operator, hubId, date);
    expect(after).toMatchObject({ status: "done", summary: { allocated: 0 } });
    const runs = await queryRows<{ status: string; error: string | null }>(
      t.database.db,
      sql`select status, error from allocation_runs where business_date = ${date} order by started_at`,
    );
    expect(runs).toEqual([
      { status: "failed", error: "interrupted" },
      { status: "done", error: null },
    ]);
  });

  it("lists the destinations a quote takes: 31 provinces with their prefectures", async () => {
    const destinations = (await shop.browser.get(`/api/hubs/${hubId}/destinations`)).json();
    expect(destinations).toHaveLength(31);
    const zhejiang = destinations.find((d: { code: string }) => d.code === "33");
    expect(zhejiang).toMatchObject({ zh: "浙江", en: "Zhejiang" });
    expect(zhejiang.cities).toContainEqual({ code: "3307", name: "金华市" });
  });

  it("quotes every carrier for a parcel, cheapest first, with the breakdown", async () => {
    const quotes = (
      await shop.browser.post(`/api/hubs/${hubId}/quotes`, { weightGrams: 800, provinceCode: "44" })
    ).json();
    expect(quotes.map((q: { carrier: string }) => q.carrier)).toEqual(["ZTO", "SF"]);
    expect(quotes[0]).toMatchObject({ available: true, chargeableGrams: 1000 });
    expect(quotes[0].priceFen).toBeLessThan(quotes[1].priceFen);
    const weightless = await shop.browser.post(`/api/hubs/${hubId}/quotes`, { weightGrams: 0, provinceCode: "44" });
    expect(weightless.statusCode).toBe(400);
    expect(weightless.json().error.details[0].path).toBe("weightGrams");
    const sansha = (
      await shop.browser.post(`/api/hubs/${hubId}/quotes`, { weightGrams: 800, provinceCode: "46", cityCode: "4603" })
    ).json();
    expect(sansha).toMatchObject([
      { available: false, reason: "parcel_not_served", reasonText: "没有快递公司派送到这里" },
      { available: false, reason: "parcel_not_served" },
    ]);
  });
});

describe("the day's allocation, labels, pickup and tracking", () => {
  let waybills: { trackingNumber: string | null; carrier: string | null; status: string; province: string }[];

  it("refuses a carrier preference naming an unknown carrier", async () => {
    const response = await shop.browser.put(`/api/orgs/${shop.orgId}/carrier-preference`, {
      carriers: ["ZTO", "NOPE"],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ path: "carriers.1", code: "preference_carrier_unknown" });
  });

  it("allocates the parcels, reports the one nobody serves, and shows the shop its waybills and saving", async () => {
    const allocation = await allocate(operator, hubId, day.date);
    expect(allocation.status, allocation.error).toBe("done");
    const { summary } = allocation;
    expect(summary.allocated).toBe(6);
    expect(summary.unallocated.map((u: { reason: string }) => u.reason)).toEqual([
      "parcel_not_served",
      "parcel_not_served",
    ]);
    expect(summary.carriers.map((c: { carrier: string; parcels: number }) => [c.carrier, c.parcels])).toEqual([
      ["SF", 3],
      ["ZTO", 3],
    ]);
    expect(summary.totalFen).toBe(summary.carriers.reduce((sum: number, c: { costFen: number }) => sum + c.costFen, 0));
    const list = (await shop.browser.get(`/api/orgs/${shop.orgId}/waybills?date=${day.date}`)).json();
    waybills = list.parcels;
    expect(waybills.filter((w) => w.trackingNumber).length).toBe(6);
    expect(waybills.filter((w) => w.province === "海南省").every((w) => w.trackingNumber === null)).toBe(true);
    expect(list.share).toMatchObject({ shopId: shop.orgId, parcels: 6, payFen: summary.totalFen });
  });

  it("prints every label into one PDF, after which the day cannot be re-allocated", async () => {
    const response = await shop.browser.post(`/api/orgs/${shop.orgId}/labels`, { date: day.date, size: "76x130" });
    expect(response.statusCode, response.body).toBe(200);
    const pdf = readPdf(response.rawPayload);
    const text = pdf.pages.map((page) => page.text).join("\n");
    const numbers = waybills.flatMap((w) => (w.trackingNumber ? [w.trackingNumber] : []));
    expect(pdf.pages).toHaveLength(numbers.length);
    for (const number of numbers) expect(text).toContain(number);
    expect(text).toContain("138****1000");
    const again = await operator.post(`/api/hubs/${hubId}/allocations`, { date: day.date });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("allocation_locked");
  });

  it("lets the station scan its parcels: collected, then duplicate; another carrier's and unknown numbers are told apart", async () => {
    const zto = waybills.filter((w) => w.carrier === "ZTO").map((w) => w.trackingNumber as string);
    const sf = waybills.find((w) => w.carrier === "SF")?.trackingNumber;
    const scan = async (trackingNumber: string) =>
      (await station.browser.post(`/api/orgs/${station.orgId}/scans`, { trackingNumber })).json();
    const first = await scan(zto[0] as string);
    expect(first).toMatchObject({ outcome: "collected", progress: { collected: 1, total: zto.length } });
    expect((await scan(` ${(zto[0] as string).toLowerCase()} `)).outcome).toBe("duplicate");
    expect((await scan(sf as string)).outcome).toBe("wrong_carrier");
    expect((await scan("73100000000000")).outcome).toBe("unknown");
    const pickups = (await station.browser.get(`/api/orgs/${station.orgId}/pickups?date=${day.date}`)).json();
    expect(pickups).toEqual([{ carrier: "ZTO", parcels: zto.length, collected: 1 }]);
    const csv = await station.browser.get(`/api/orgs/${station.orgId}/pickups/ZTO/manifest.csv?date=${day.date}`);
    for (const number of zto) expect(csv.body).toContain(number);
    const pdf = await station.browser.get(`/api/orgs/${station.orgId}/pickups/ZTO/manifest.pdf?date=${day.date}`);
    expect(readPdf(pdf.rawPayload).pages[0]?.text).toContain(zto[0]);
  });

  it("answers unknown to a scan of another hub's tracking number and leaves that parcel as it was", async () => {
    const other = await shippingVillage(t, 2);
    await allocate(other.operator, other.hubId, other.date);
    const theirs = async () =>
      (await other.shop.browser.get(`/api/orgs/${other.shop.orgId}/waybills?date=${other.date}`)).json().parcels[0];
    const { trackingNumber } = await theirs();
    const scanned = await station.browser.post(`/api/orgs/${station.orgId}/scans`, { trackingNumber });
    expect(scanned.json()).toEqual({ outcome: "unknown", trackingNumber });
    expect((await theirs()).status).toBe("pending");
  });

  it("takes a carrier's signed webhook and refuses a bad or missing signature or a changed body, recording nothing", async () => {
    const number = waybills.find((w) => w.carrier === "ZTO")?.trackingNumber as string;
    const sfNumber = waybills.find((w) => w.carrier === "SF")?.trackingNumber as string;
    const { webhookSecret } = (await operator.get(`/api/hubs/${hubId}/contracts/ZTO`)).json();
    // An hour from now: later than the station's scan, whenever the test runs.
    const time = new Date(Date.now() + 3_600_000).toISOString();
    const body = JSON.stringify({
      events: [
        { trackingNumber: number, status: "已签收", time, location: "广州" },
        // SF's parcel under ZTO's hook: not ZTO's to move.
        { trackingNumber: sfNumber, status: "已签收", time },
      ],
    });
    const sign = (text: string, secret = webhookSecret) =>
      `sha256=${createHmac("sha256", secret).update(text).digest("hex")}`;
    const post = (headers: Record<string, string>, payload = body) =>
      t.app.inject({
        method: "POST",
        url: `/api/hubs/${hubId}/tracking/webhook/ZTO`,
        headers: { "content-type": "application/json", ...headers },
        payload,
      });
    const statusOf = async (tracking: string) =>
      (await shop.browser.get(`/api/orgs/${shop.orgId}/waybills?date=${day.date}`))
        .json()
        .parcels.find((w: { trackingNumber: string }) => w.trackingNumber === tracking).status;
    const refusals = [
      await post({ "x-taocun-signature": sign(body, "wrong") }),
      await post({}),
      await post({ "x-taocun-signature": sign(body) }, body.replace("广州", "深圳")),
    ];
    for (const refused of refusals) {
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe("tracking_signature_invalid");
    }
    expect(await statusOf(number)).toBe("collected");
    const signed = await post({ "x-taocun-signature": sign(body) });
    expect(signed.json()).toEqual({ recorded: 1, repeated: 0, unknown: [sfNumber] });
    expect(await statusOf(number)).toBe("delivered");
    expect(await statusOf(sfNumber)).toBe("pending");
    const replay = await post({ "x-taocun-signature": sign(body) });
    expect(replay.json()).toEqual({ recorded: 0, repeated: 1, unknown: [sfNumber] });
  });

  it("imports tracking by CSV, all or nothing: an unknown number or status refuses the file", async () => {
    const number = waybills.find((w) => w.carrier === "SF")?.trackingNumber as string;
    const file = (rows: string[]) => sheet(["运单号,状态,时间,地点", ...rows].join("\n"), "轨迹.csv");
    const bad = await postFiles(
      t.app,
      operator,
      `/api/hubs/${hubId}/tracking/imports`,
      file([`${number},运输中,2026-11-23 08:00,杭州`, "SF0000000000000,运输中,2026-11-23 08:00,杭州"]),
    );
    expect(bad.json()).toEqual({
      ok: false,
      problems: [
        { row: 3, column: "运单号", code: "tracking_number_unknown", message: "本园区没有运单号 SF0000000000000" },
      ],
    });
    const word = await postFiles(
      t.app,
      operator,
      `/api/hubs/${hubId}/tracking/imports`,
      file([`${number},飞走了,2026-11-23 08:00,杭州`]),
    );
    expect(word.json()).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: "状态", code: "tracking_status_unknown" }],
    });
    const good = await postFiles(
      t.app,
      operator,
      `/api/hubs/${hubId}/tracking/imports`,
      file([`${number},揽收,2026-11-22 18:00,义乌`, `${number},运输中,2026-11-23 08:00,杭州`]),
    );
    expect(good.json()).toEqual({ recorded: 2, repeated: 0, unknown: [] });
    const listed = (await shop.browser.get(`/api/orgs/${shop.orgId}/waybills?date=${day.date}`)).json();
    expect(listed.parcels.find((w: { trackingNumber: string }) => w.trackingNumber === number).status).toBe(
      "in_transit",
    );
  });
});
