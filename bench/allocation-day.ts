/**
 * The day the allocation benchmark solves: thirty carriers with four volume tiers each, made
 * from the demo cards the way the shipping module's solve-speed script makes them, and the
 * module's seeded sample day with the awkward parcels a real hub also sees.
 */
import { mulberry32, sampleDay } from "../server/src/modules/shipping/allocation/sample-day.js";
import {
  type AllocationParcel,
  type Band,
  demoRateCards,
  type RateCard,
  type ShopPreferences,
} from "../server/src/modules/shipping/index.js";

/** Four tiers at a fifth, two, three and four fifths of capacity: 4, 8, 12, 16 fen off a parcel (solve-speed's). */
function withFourTiers(card: RateCard, capacity: number): RateCard {
  const tiers = [1, 2, 3, 4].map((step) => ({ minParcels: Math.round((capacity * step) / 5), discountFen: 4 * step }));
  return { ...card, dailyCapacity: capacity, tiers };
}

/** A copy of a card under another code, its flat and first-weight prices scaled. */
function priceCopy(card: RateCard, carrier: string, factor: number): RateCard {
  const scale = (band: Band): Band =>
    band.kind === "flat"
      ? { ...band, priceFen: Math.round(band.priceFen * factor) }
      : { ...band, firstPriceFen: Math.round(band.firstPriceFen * factor) };
  const destinations = card.destinations.map((d) => (d.served ? { ...d, bands: d.bands.map(scale) } : d));
  return { ...card, carrier, destinations };
}

/**
 * Thirty carriers as solve-speed.ts builds them (it is a script, so its builder cannot be
 * imported): the ten national demo carriers (all but YZPY) and two copies of each, "ZTO1",
 * "ZTO2"…, at prices 8 % either side, every one at half its demo capacity with four tiers.
 */
export function thirtyCarriers(): RateCard[] {
  const ten = demoRateCards().filter((card) => card.carrier !== "YZPY");
  const half = (card: RateCard) => (card.dailyCapacity ?? 0) / 2;
  const random = mulberry32(3);
  const copies = [1, 2].flatMap((copy) =>
    ten.map((card) => withFourTiers(priceCopy(card, `${card.carrier}${copy}`, 0.92 + random() * 0.16), half(card))),
  );
  return [...ten.map((card) => withFourTiers(card, half(card))), ...copies];
}

/** What the benchmark added to the sample day, by parcel id, so the checks can follow each kind. */
export type Oddities = { heavy: Set<string>; sansha: Set<string>; hongKong: Set<string>; weightless: Set<string> };

export type BenchDay = { parcels: AllocationParcel[]; preferences: ShopPreferences; oddities: Oddities };

/**
 * sampleDay's full day (400 shops, some "SF only" or big-franchise only, 2 % express, up to
 * 4 kg) with, at fixed positions so the day stays the same: 1 % heavy parcels of 5–30 kg
 * (Deppon's trade), 20 to 三沙 (only the postal networks go there), 5 to Hong Kong (outside
 * every domestic contract: no carrier can take them) and 5 with no weight entered.
 */
export function benchDay(parcels: number): BenchDay {
  const day = sampleDay({ parcels, seed: 2024 });
  const random = mulberry32(11);
  const oddities: Oddities = { heavy: new Set(), sansha: new Set(), hongKong: new Set(), weightless: new Set() };
  const odd = day.parcels.map((parcel, i): AllocationParcel => {
    if (i % 100 === 42) {
      oddities.heavy.add(parcel.id);
      return { ...parcel, weightGrams: 5000 + Math.floor(random() * 25_001) };
    }
    if (i % 500 === 17) {
      oddities.sansha.add(parcel.id);
      return { ...parcel, provinceCode: "460000", cityCode: "460300" };
    }
    if (i % 2000 === 99) {
      oddities.hongKong.add(parcel.id);
      const { id, shopId, weightGrams, service } = parcel;
      return { id, shopId, weightGrams, provinceCode: "810000", ...(service ? { service } : {}) };
    }
    if (i % 2000 === 1234) {
      oddities.weightless.add(parcel.id);
      return { ...parcel, weightGrams: 0 };
    }
    return parcel;
  });
  return { parcels: odd, preferences: day.preferences, oddities };
}
