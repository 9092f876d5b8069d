import { divideHalfUp, divideUp } from "../money.js";
import { cityOf, provinceOf } from "../provinces.js";
import type { Band, Destination, RateCard, ServedDestination, VolumeTier } from "./schema.js";

/** A parcel as a rate card sees it: weight, optional outer size, destination. */
export type ParcelToPrice = {
  weightGrams: number;
  /** Length, width and height in millimetres, when measured. */
  dimensionsMm?: readonly [number, number, number];
  /** "33" or "330000": the orders module stores either form. */
  provinceCode: string;
  /** "3307" or "330700"; optional. */
  cityCode?: string;
};

/** How the chargeable weight came about. */
export type Weighing = {
  actualGrams: number;
  volumetricGrams: number;
  /** Whichever is heavier, rounded up to the card's step. */
  chargeableGrams: number;
  basis: "actual" | "volumetric";
};

/** A list price, part by part, in fen: list = base + extra + surcharge. */
export type ListPrice = Weighing & {
  /** The band the chargeable weight falls in; null upper limit for an open last band. */
  bandUpToGrams: number | null;
  /** The flat price, or the first-weight price (首重价). */
  baseFen: number;
  /** Grams charged per kilogram above the first weight (续重), 0 in a flat band. */
  extraGrams: number;
  extraFen: number;
  surchargeFen: number;
  listFen: number;
};

/** Ten metres: keeps L×W×H an exact integer. */
const MAX_SIDE_MM = 10_000;

export type Unpriced =
  | "parcel_weight_invalid"
  | "parcel_destination_invalid"
  | "parcel_not_served"
  | "parcel_too_heavy";

export type CardPrice = { ok: true; price: ListPrice } | { ok: false; reason: Unpriced };

/** The list price of a parcel on one carrier's card, before any volume tier. */
export function listPrice(card: RateCard, parcel: ParcelToPrice): CardPrice {
  const weighing = weigh(card, parcel);
  if (!weighing) return { ok: false, reason: "parcel_weight_invalid" };
  const province = provinceOf(parcel.provinceCode);
  if (!province) return { ok: false, reason: "parcel_destination_invalid" };
  const destination = destinationFor(card, province, cityOf(parcel.cityCode));
  if (!destination?.served) return { ok: false, reason: "parcel_not_served" };
  const band = destination.bands.find((b) => b.upToGrams === null || weighing.chargeableGrams <= b.upToGrams);
  if (!band) return { ok: false, reason: "parcel_too_heavy" };
  return { ok: true, price: priceInBand(weighing, band, destination) };
}

/**
 * Actual against volumetric weight. L×W×H in mm³ divided by the divisor (cm³ per kg) is
 * grams, since 1 cm³ = 1000 mm³ and 1 kg = 1000 g; rounded up to a whole gram.
 */
export function weigh(card: RateCard, parcel: ParcelToPrice): Weighing | undefined {
  const { weightGrams, dimensionsMm } = parcel;
  if (!Number.isSafeInteger(weightGrams) || weightGrams < 1) return undefined;
  if (dimensionsMm && !dimensionsMm.every((side) => Number.isSafeInteger(side) && side >= 1 && side <= MAX_SIDE_MM))
    return undefined;
  const volume = dimensionsMm ? dimensionsMm[0] * dimensionsMm[1] * dimensionsMm[2] : 0;
  const volumetricGrams = divideUp(volume, card.volumetricDivisor);
  const heavier = Math.max(weightGrams, volumetricGrams);
  return {
    actualGrams: weightGrams,
    volumetricGrams,
    chargeableGrams: divideUp(heavier, card.weightStepGrams) * card.weightStepGrams,
    basis: volumetricGrams > weightGrams ? "volumetric" : "actual",
  };
}

/** The prefecture's own row when the card has one, else the province's row. */
export function destinationFor(card: RateCard, province: string, city: string | undefined): Destination | undefined {
  const rows = placesOf(card);
  return (city && rows.get(`${province}/${city}`)) || rows.get(`${province}/`);
}

// Allocation prices every parcel on every card: index each card's rows once by place.
const places = new WeakMap<RateCard, Map<string, Destination>>();

function placesOf(card: RateCard): Map<string, Destination> {
  let rows = places.get(card);
  if (!rows) {
    rows = new Map();
    for (const row of card.destinations) {
      const key = `${row.province}/${row.city ?? ""}`;
      if (!rows.has(key)) rows.set(key, row);
    }
    places.set(card, rows);
  }
  return rows;
}

// Built field by field rather than by spreading: allocation prices 10^5 parcel-card pairs.
function priceInBand(weighing: Weighing, band: Band, destination: ServedDestination): ListPrice {
  const flat = band.kind === "flat";
  const baseFen = flat ? band.priceFen : band.firstPriceFen;
  const extraGrams = flat ? 0 : Math.max(0, weighing.chargeableGrams - band.firstGrams);
  // With half-kilogram steps an odd 续重 price gives half a fen: rounded half up.
  const extraFen = flat ? 0 : divideHalfUp(extraGrams * band.perKgFen, 1000);
  const surchargeFen = destination.surchargeFen;
  return {
    actualGrams: weighing.actualGrams,
    volumetricGrams: weighing.volumetricGrams,
    chargeableGrams: weighing.chargeableGrams,
    basis: weighing.basis,
    bandUpToGrams: band.upToGrams,
    baseFen,
    extraGrams,
    extraFen,
    surchargeFen,
    listFen: baseFen + extraFen + surchargeFen,
  };
}

/** The highest tier a day's volume reaches with the carrier, if any (tiers are increasing). */
export function tierAt(tiers: readonly VolumeTier[], parcels: number): VolumeTier | undefined {
  let reached: VolumeTier | undefined;
  for (const tier of tiers) if (parcels >= tier.minParcels) reached = tier;
  return reached;
}
