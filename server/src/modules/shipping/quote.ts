import { carrierByCode, type ServiceLevel } from "./carriers.js";
import { type ListPrice, listPrice, type ParcelToPrice, tierAt, type Unpriced } from "./rates/price.js";
import type { RateCard } from "./rates/schema.js";

/** One carrier's price for a parcel, with how it is made up; every amount in fen. */
export type CarrierQuote =
  | (ListPrice & {
      carrier: string;
      service: ServiceLevel;
      available: true;
      /** The tier the given daily volume reaches with this carrier (null: none). */
      tier: { minParcels: number; discountFen: number } | null;
      discountFen: number;
      /** What the parcel costs: list price less the tier discount. */
      priceFen: number;
    })
  | { carrier: string; service: ServiceLevel; available: false; reason: Unpriced };

export type QuoteOptions = {
  /** The hub's parcels with each carrier that day, by carrier code, for the volume tiers. */
  dailyParcels?: Readonly<Record<string, number>>;
};

/**
 * Every carrier's price for one parcel: those that take it cheapest first (ties by carrier
 * code), then those that do not, with the reason.
 */
export function quoteParcel(parcel: ParcelToPrice, cards: readonly RateCard[], options: QuoteOptions = {}) {
  const quotes = cards.map((card) => quoteOnCard(card, parcel, options.dailyParcels?.[card.carrier] ?? 0));
  return quotes.sort(byPrice);
}

export function quoteOnCard(card: RateCard, parcel: ParcelToPrice, dailyParcels: number): CarrierQuote {
  const service = carrierByCode(card.carrier)?.service ?? "standard";
  const priced = listPrice(card, parcel);
  if (!priced.ok) return { carrier: card.carrier, service, available: false, reason: priced.reason };
  const tier = tierAt(card.tiers, dailyParcels);
  const discountFen = tier?.discountFen ?? 0;
  return {
    carrier: card.carrier,
    service,
    available: true,
    ...priced.price,
    tier: tier ? { minParcels: tier.minParcels, discountFen: tier.discountFen } : null,
    discountFen,
    priceFen: priced.price.listFen - discountFen,
  };
}

function byPrice(a: CarrierQuote, b: CarrierQuote): number {
  if (a.available !== b.available) return a.available ? -1 : 1;
  const difference = a.available && b.available ? a.priceFen - b.priceFen : 0;
  return difference !== 0 ? difference : a.carrier < b.carrier ? -1 : a.carrier > b.carrier ? 1 : 0;
}
