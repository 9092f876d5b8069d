import { carrierByCode } from "../carriers.js";
import { provinceOf } from "../provinces.js";
import { listPrice, type Unpriced } from "../rates/price.js";
import type { RateCard } from "../rates/schema.js";
import type { AllocationParcel, ShopPreferences, UnallocatedParcel } from "./types.js";

/** A carrier a class may go with, by its index in the (sorted) cards, at its list price. */
export type ClassOption = { carrier: number; listFen: number };

/**
 * Parcels that are interchangeable for the allocation: same province, and the same list
 * price on every carrier they may use — which folds weight band, service and the shops'
 * preference groups into one key, so the class-level model is exact, not an approximation.
 */
export type ParcelClass = {
  key: string;
  province: string;
  options: ClassOption[];
  /** Indices into the input parcels, ordered by parcel id so the mapping back is deterministic. */
  members: number[];
  minGrams: number;
  maxGrams: number;
};

export type Classified = { classes: ParcelClass[]; unallocated: UnallocatedParcel[] };

export function classifyParcels(
  parcels: readonly AllocationParcel[],
  cards: readonly RateCard[],
  preferences: ShopPreferences,
): Classified {
  const byKey = new Map<string, ParcelClass>();
  const unallocated: UnallocatedParcel[] = [];
  const allowedOf = allowedCarriers(cards, preferences);
  parcels.forEach((parcel, index) => {
    const placed = optionsFor(parcel, cards, allowedOf(parcel));
    if (!Array.isArray(placed)) {
      unallocated.push({ parcelId: parcel.id, shopId: parcel.shopId, reason: placed });
      return;
    }
    const province = provinceOf(parcel.provinceCode) as string;
    const key = `${province}|${placed.map((o) => `${o.carrier}:${o.listFen}`).join(",")}`;
    const found = byKey.get(key) ?? newClass(byKey, key, province, placed);
    found.members.push(index);
    found.minGrams = Math.min(found.minGrams, parcel.weightGrams);
    found.maxGrams = Math.max(found.maxGrams, parcel.weightGrams);
  });
  const classes = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const parcelClass of classes) parcelClass.members.sort((a, b) => byId(parcels, a, b));
  return { classes, unallocated };
}

function newClass(byKey: Map<string, ParcelClass>, key: string, province: string, options: ClassOption[]) {
  const created: ParcelClass = { key, province, options, members: [], minGrams: Infinity, maxGrams: 0 };
  byKey.set(key, created);
  return created;
}

type Allowed = (parcel: AllocationParcel) => ReadonlySet<number>;

/** The card indices a parcel may use: its shop's preference, and express carriers for an express parcel. */
function allowedCarriers(cards: readonly RateCard[], preferences: ShopPreferences): Allowed {
  const express = new Set(cards.flatMap((card, i) => (carrierByCode(card.carrier)?.service === "express" ? [i] : [])));
  const all = new Set(cards.map((_, i) => i));
  const known = new Map<string, ReadonlySet<number>>();
  return (parcel) => {
    const key = `${parcel.service === "express" ? "express" : "standard"}/${parcel.shopId}`;
    let allowed = known.get(key);
    if (!allowed) {
      const codes = preferences[parcel.shopId];
      const shop = codes ? cards.flatMap((card, i) => (codes.includes(card.carrier) ? [i] : [])) : [...all];
      allowed = new Set(parcel.service === "express" ? shop.filter((i) => express.has(i)) : shop);
      known.set(key, allowed);
    }
    return allowed;
  };
}

// The reason reported when no card prices a parcel: the parcel's own fault first, then
// "too heavy" if some carrier delivers there at all, else "not served".
const REASON_ORDER: Unpriced[] = [
  "parcel_weight_invalid",
  "parcel_destination_invalid",
  "parcel_too_heavy",
  "parcel_not_served",
];

function optionsFor(
  parcel: AllocationParcel,
  cards: readonly RateCard[],
  allowed: ReadonlySet<number>,
): ClassOption[] | UnallocatedParcel["reason"] {
  if (!Number.isSafeInteger(parcel.weightGrams) || parcel.weightGrams < 1) return "parcel_weight_invalid";
  if (!provinceOf(parcel.provinceCode)) return "parcel_destination_invalid";
  const options: ClassOption[] = [];
  const reasons = new Set<Unpriced>();
  cards.forEach((card, carrier) => {
    const priced = listPrice(card, parcel);
    if (priced.ok) options.push({ carrier, listFen: priced.price.listFen });
    else reasons.add(priced.reason);
  });
  if (options.length === 0) return REASON_ORDER.find((reason) => reasons.has(reason)) ?? "parcel_not_served";
  const usable = options.filter((option) => allowed.has(option.carrier));
  return usable.length > 0 ? usable : "parcel_no_allowed_carrier";
}

function byId(parcels: readonly AllocationParcel[], a: number, b: number): number {
  const idA = (parcels[a] as AllocationParcel).id;
  const idB = (parcels[b] as AllocationParcel).id;
  return idA < idB ? -1 : idA > idB ? 1 : a - b;
}
