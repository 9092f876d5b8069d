import { hubClock } from "../../orders/cutoff/hub-clock.js";
import { formatScaled } from "../money.js";
import type { ManifestDocument } from "./types.js";
import type { ManifestCount } from "./words.js";

/** Grams as kilograms with three decimals, "0.350": by digits, no floating point. */
export const kilograms = (grams: number): string => formatScaled(grams, 3, 3);

export type ProvinceCount = { province: string; parcels: number };

/** What the manifest counts, for its header and for the service to reuse. */
export type ManifestFigures = { count: ManifestCount; provinces: ProvinceCount[] };

/** Weights arrive as integer grams; anything else is a bug upstream, not a weight to print. */
export function checkWeights(doc: ManifestDocument): void {
  for (const parcel of doc.parcels) {
    if (!Number.isSafeInteger(parcel.weightGrams) || parcel.weightGrams < 0) {
      throw new RangeError(`parcel ${parcel.trackingNumber}: weight ${parcel.weightGrams} is not whole grams`);
    }
  }
}

/** Parcels per destination province, most first (the courier loads by them), then by name. */
function provinceCounts(doc: ManifestDocument): ProvinceCount[] {
  const counts = new Map<string, number>();
  for (const parcel of doc.parcels) counts.set(parcel.province, (counts.get(parcel.province) ?? 0) + 1);
  return [...counts]
    .map(([province, parcels]) => ({ province, parcels }))
    .sort((a, b) => b.parcels - a.parcels || a.province.localeCompare(b.province, "zh-CN"));
}

export function manifestFigures(doc: ManifestDocument): ManifestFigures {
  checkWeights(doc);
  const collected = doc.parcels.filter((parcel) => parcel.collectedAt !== null).length;
  const grams = doc.parcels.reduce((sum, parcel) => sum + parcel.weightGrams, 0);
  return {
    count: { parcels: doc.parcels.length, collected, waiting: doc.parcels.length - collected, kg: kilograms(grams) },
    provinces: provinceCounts(doc),
  };
}

/** An ISO instant as the hub's calendar date and wall-clock time. */
export function hubTime(iso: string, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a time: "${iso}"`);
  return hubClock(timeZone, at);
}
