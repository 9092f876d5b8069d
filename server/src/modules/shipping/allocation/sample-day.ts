import type { ProvinceCode } from "../provinces.js";
import type { AllocationParcel, ShopPreferences } from "./types.js";

/**
 * A made-up but plausible day of a Yiwu-like hub, for the demo and the solve-speed script:
 * destinations weighted like e-commerce parcel flows (Guangdong, Jiangsu, Zhejiang first, the
 * west and the remote provinces a trickle), mostly light parcels, a few shops restricted to
 * SF or to the big franchise networks, a few express parcels. Same seed, same day.
 */
export type SampleDay = { parcels: AllocationParcel[]; preferences: ShopPreferences };

const DESTINATIONS: [ProvinceCode, number][] = [
  ["44", 120],
  ["32", 90],
  ["33", 80],
  ["37", 70],
  ["41", 50],
  ["13", 40],
  ["51", 50],
  ["31", 40],
  ["11", 40],
  ["42", 40],
  ["43", 35],
  ["35", 35],
  ["34", 35],
  ["36", 25],
  ["21", 25],
  ["61", 20],
  ["50", 20],
  ["53", 20],
  ["45", 20],
  ["14", 15],
  ["52", 15],
  ["12", 15],
  ["23", 15],
  ["22", 10],
  ["15", 8],
  ["62", 8],
  ["46", 6],
  ["65", 6],
  ["64", 3],
  ["63", 2],
  ["54", 2],
];

// Weight ranges in grams with their shares: light parcels dominate village e-commerce.
const WEIGHTS: [number, number, number][] = [
  [80, 500, 55],
  [501, 1000, 25],
  [1001, 2000, 12],
  [2001, 3000, 6],
  [3001, 4000, 2],
];

export type SampleOptions = {
  parcels?: number;
  shops?: number;
  seed?: number;
  /** No shop restrictions, no express parcels, nothing over 3 kg: about 4 classes per province. */
  simple?: boolean;
};

export function sampleDay(options: SampleOptions = {}): SampleDay {
  const random = mulberry32(options.seed ?? 1);
  const simple = options.simple ?? false;
  const shopCount = options.shops ?? 400;
  const shops = Array.from({ length: shopCount }, (_, i) => `shop-${String(i + 1).padStart(4, "0")}`);
  const preferences: Record<string, string[]> = {};
  shops.forEach((shop, i) => {
    if (simple) return;
    if (i % 50 === 7) preferences[shop] = ["SF"];
    else if (i % 25 === 3) preferences[shop] = ["ZTO", "YTO", "YD"];
  });
  const parcels = Array.from({ length: options.parcels ?? 10_000 }, (_, i): AllocationParcel => {
    const province = pick(DESTINATIONS, random);
    const [low, high] = pickRange(random, simple);
    const parcel: AllocationParcel = {
      id: `p-${String(i + 1).padStart(6, "0")}`,
      // Big shops send most parcels: a skewed pick.
      shopId: shops[Math.floor(random() ** 2 * shopCount)] as string,
      weightGrams: low + Math.floor(random() * (high - low + 1)),
      provinceCode: `${province}0000`,
    };
    if (province === "51" && random() < 0.05) parcel.cityCode = "513300";
    if (random() < 0.02 && !simple) parcel.service = "express";
    return parcel;
  });
  return { parcels, preferences };
}

function pick<T>(weighted: [T, number][], random: () => number): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [value, weight] of weighted) {
    at -= weight;
    if (at < 0) return value;
  }
  return (weighted.at(-1) as [T, number])[0];
}

function pickRange(random: () => number, simple: boolean): [number, number] {
  const ranges = WEIGHTS.filter(([, high]) => !simple || high <= 3000).map(
    ([low, high, share]): [[number, number], number] => [[low, high], share],
  );
  return pick(ranges, random);
}

/** A small seeded generator (mulberry32): the same sample on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
