import type { RateCard } from "./queries";

export type ContractSummary = {
  /** Provinces priced, and provinces the carrier does not deliver to. */
  served: number;
  notServed: number;
  /** City rows that override their province (a remote prefecture, a city not served). */
  cities: number;
  /** The lowest price of any first band, in fen: what a light parcel costs at best; null when nothing is served. */
  fromFen: number | null;
};

/** What a rate card says at a glance, for the contract list. */
export function summariseCard(card: RateCard): ContractSummary {
  const provinces = card.destinations.filter((destination) => !destination.city);
  let fromFen: number | null = null;
  for (const destination of card.destinations) {
    if (!destination.served) continue;
    const first = destination.bands[0];
    if (!first) continue;
    const price = (first.kind === "flat" ? first.priceFen : first.firstPriceFen) + destination.surchargeFen;
    fromFen = fromFen === null ? price : Math.min(fromFen, price);
  }
  return {
    served: provinces.filter((destination) => destination.served).length,
    notServed: provinces.filter((destination) => !destination.served).length,
    cities: card.destinations.length - provinces.length,
    fromFen,
  };
}
