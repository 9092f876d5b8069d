import type { CarrierCode } from "./carriers.js";
import { PROVINCES, type ProvinceCode } from "./provinces.js";
import { type Band, type RateCard, type RateCardInput, rateCardSchema, type VolumeTier } from "./rates/schema.js";

/**
 * Demo contracts of a Yiwu-like hub with eleven carriers, for the demo loader and the
 * benchmark. Light parcels inside 江浙沪皖 go for 1.40–1.60 yuan (Yiwu's 2021–2023 prices,
 * around the regulators' 1.4 floor), the rest of the rich east and centre for about 1.7–1.9,
 * the west for 2.3–2.5, remote provinces for 5–10 yuan. Express carriers (SF, JD, EMS)
 * charge 6–20 yuan. Volume tiers and daily capacities are ASSUMPTIONS: real thresholds are
 * negotiated per sender and not published.
 */

type Zone = "near" | "rich" | "far" | "remote" | "farRemote";

const ZONES: Record<Zone, readonly ProvinceCode[]> = {
  near: ["31", "32", "33", "34"],
  rich: ["11", "12", "13", "14", "35", "36", "37", "41", "42", "43", "44"],
  far: ["21", "22", "23", "45", "50", "51", "52", "53", "61"],
  remote: ["15", "46", "62", "63", "64"],
  farRemote: ["65", "54"],
};

/** Flat prices up to the family's limits, then the first kilogram and each further one (fen). */
type Tariff = { flat: number[]; first: number; perKg: number };
type Family = { limitsKg: number[]; firstKg: number; zones: Record<Zone, Tariff> };

// Franchise networks (中通 as the reference), with half-kilogram bands for light parcels.
const FRANCHISE: Family = {
  limitsKg: [0.5, 1, 2, 3],
  firstKg: 1,
  zones: {
    near: { flat: [150, 190, 280, 350], first: 300, perKg: 100 },
    rich: { flat: [180, 230, 360, 460], first: 400, perKg: 150 },
    far: { flat: [240, 300, 480, 620], first: 500, perKg: 250 },
    remote: { flat: [500, 600, 1000, 1400], first: 600, perKg: 400 },
    farRemote: { flat: [800, 1000, 1800, 2600], first: 1000, perKg: 800 },
  },
};

// Express networks price the first kilogram and each one after it.
const EXPRESS: Family = {
  limitsKg: [],
  firstKg: 1,
  zones: {
    near: { flat: [], first: 900, perKg: 200 },
    rich: { flat: [], first: 1100, perKg: 400 },
    far: { flat: [], first: 1300, perKg: 600 },
    remote: { flat: [], first: 1600, perKg: 1000 },
    farRemote: { flat: [], first: 2000, perKg: 1500 },
  },
};

// Deppon: dear for a light parcel, cheap per kilogram above three.
const HEAVY: Family = {
  limitsKg: [1, 3],
  firstKg: 3,
  zones: {
    near: { flat: [450, 600], first: 600, perKg: 80 },
    rich: { flat: [550, 750], first: 750, perKg: 120 },
    far: { flat: [700, 950], first: 950, perKg: 180 },
    remote: { flat: [900, 1300], first: 1300, perKg: 300 },
    farRemote: { flat: [1400, 2200], first: 2200, perKg: 600 },
  },
};

type Profile = {
  carrier: CarrierCode;
  family: Family;
  /** Added to every flat and first-weight price, fen. */
  offsetFen: number;
  /** Applied to the per-kg prices, percent. */
  perKgPercent?: number;
  halfKg: boolean;
  capacity: number;
  tiers: VolumeTier[];
  notServed?: ProvinceCode[];
};

const tier = (minParcels: number, discountFen: number): VolumeTier => ({ minParcels, discountFen });

const PROFILES: Profile[] = [
  {
    carrier: "YD",
    family: FRANCHISE,
    offsetFen: -10,
    halfKg: true,
    capacity: 4000,
    tiers: [tier(2000, 5), tier(4000, 10)],
  },
  {
    carrier: "YTO",
    family: FRANCHISE,
    offsetFen: -5,
    halfKg: true,
    capacity: 3500,
    tiers: [tier(1500, 5), tier(3000, 10), tier(5000, 15)],
  },
  {
    carrier: "ZTO",
    family: FRANCHISE,
    offsetFen: 0,
    halfKg: true,
    capacity: 4000,
    tiers: [tier(2000, 8), tier(4000, 14), tier(6000, 18), tier(8000, 22)],
  },
  {
    carrier: "STO",
    family: FRANCHISE,
    offsetFen: 5,
    halfKg: true,
    capacity: 2500,
    tiers: [tier(1000, 6), tier(2500, 12)],
    notServed: ["54"],
  },
  {
    carrier: "JTSD",
    family: FRANCHISE,
    offsetFen: -8,
    perKgPercent: 110,
    halfKg: true,
    capacity: 3000,
    tiers: [tier(1000, 4), tier(3000, 8)],
    notServed: ["54"],
  },
  {
    carrier: "HTKY",
    family: FRANCHISE,
    offsetFen: 10,
    halfKg: true,
    capacity: 1500,
    tiers: [tier(800, 10), tier(1500, 16)],
    notServed: ["54", "65"],
  },
  {
    carrier: "YZPY",
    family: FRANCHISE,
    offsetFen: 40,
    perKgPercent: 90,
    halfKg: false,
    capacity: 1500,
    tiers: [tier(500, 10), tier(1500, 20)],
  },
  {
    carrier: "EMS",
    family: EXPRESS,
    offsetFen: -300,
    halfKg: false,
    capacity: 1000,
    tiers: [tier(300, 20), tier(800, 40)],
  },
  {
    carrier: "JD",
    family: EXPRESS,
    offsetFen: -200,
    halfKg: false,
    capacity: 800,
    tiers: [tier(200, 30), tier(600, 60)],
  },
  {
    carrier: "SF",
    family: EXPRESS,
    offsetFen: 0,
    halfKg: false,
    capacity: 800,
    tiers: [tier(200, 30), tier(500, 60), tier(1000, 100)],
  },
  {
    carrier: "DBL",
    family: HEAVY,
    offsetFen: 0,
    halfKg: false,
    capacity: 400,
    tiers: [tier(100, 20), tier(300, 40)],
    notServed: ["54"],
  },
];

/** 阿坝 and 甘孜 (Sichuan) are remote prefectures of a far province: its price plus a surcharge. */
const REMOTE_PREFECTURES = ["5132", "5133"];
const PREFECTURE_SURCHARGE_FEN = 300;
/** 三沙 (Hainan's islands): only the postal networks go there. */
const ISLANDS = "4603";

export function demoRateCards(): RateCard[] {
  return PROFILES.map((profile) => rateCardSchema.parse(demoCard(profile)));
}

function demoCard(profile: Profile): RateCardInput {
  const zoneOf = (province: ProvinceCode) =>
    (Object.keys(ZONES) as Zone[]).find((zone) => ZONES[zone].includes(province)) ?? "far";
  const destinations: RateCardInput["destinations"] = PROVINCES.map(({ code }) =>
    profile.notServed?.includes(code)
      ? { province: code, served: false as const }
      : { province: code, served: true as const, bands: bandsOf(profile, zoneOf(code)) },
  );
  for (const city of REMOTE_PREFECTURES)
    destinations.push({
      province: "51",
      city,
      served: true,
      bands: bandsOf(profile, "far"),
      surchargeFen: PREFECTURE_SURCHARGE_FEN,
    });
  if (profile.carrier !== "EMS" && profile.carrier !== "YZPY")
    destinations.push({ province: "46", city: ISLANDS, served: false });
  return {
    carrier: profile.carrier,
    weightStepGrams: profile.halfKg ? 500 : 1000,
    // Assumption: Deppon counts volume at /12000, as some carriers do within a region.
    volumetricDivisor: profile.family === HEAVY ? 12000 : 6000,
    dailyCapacity: profile.capacity,
    tiers: profile.tiers,
    destinations,
  };
}

function bandsOf(profile: Profile, zone: Zone): Band[] {
  const { limitsKg, firstKg, zones } = profile.family;
  const tariff = zones[zone];
  const flat = limitsKg
    .map((kg, i): Band => ({ kind: "flat", upToGrams: kg * 1000, priceFen: (tariff.flat[i] ?? 0) + profile.offsetFen }))
    // Whole-kilogram cards have no half-kilogram band: their first band is 1 kg.
    .filter((band) => profile.halfKg || (band.upToGrams as number) % 1000 === 0);
  const perKgFen = Math.round((tariff.perKg * (profile.perKgPercent ?? 100)) / 100);
  const open: Band = {
    kind: "stepped",
    upToGrams: null,
    firstGrams: firstKg * 1000,
    firstPriceFen: tariff.first + profile.offsetFen,
    perKgFen,
  };
  return [...flat, open];
}
