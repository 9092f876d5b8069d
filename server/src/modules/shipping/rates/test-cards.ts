import { PROVINCES } from "../provinces.js";
import type { Band, RateCard, RateCardInput } from "./schema.js";
import { rateCardSchema } from "./schema.js";

type DestinationInput = RateCardInput["destinations"][number];

/**
 * A valid card for tests: every province priced with `bands` unless `destinations` gives its
 * own row (a province row there replaces the default; a prefecture row is added).
 */
export function testCard(
  carrier: string,
  bands: Band[],
  more: Partial<Omit<RateCardInput, "carrier" | "destinations">> & { destinations?: DestinationInput[] } = {},
): RateCard {
  const { destinations = [], ...settings } = more;
  const own = new Set(destinations.filter((d) => d.city === undefined).map((d) => d.province));
  const defaults = PROVINCES.filter((p) => !own.has(p.code)).map(
    (p): DestinationInput => ({ province: p.code, served: true, bands }),
  );
  return rateCardSchema.parse({ carrier, ...settings, destinations: [...defaults, ...destinations] });
}

export const flat = (upToKg: number, yuanFen: number): Band => ({
  kind: "flat",
  upToGrams: upToKg * 1000,
  priceFen: yuanFen,
});

export const stepped = (firstKg: number, firstFen: number, perKgFen: number, upToKg: number | null = null): Band => ({
  kind: "stepped",
  upToGrams: upToKg === null ? null : upToKg * 1000,
  firstGrams: firstKg * 1000,
  firstPriceFen: firstFen,
  perKgFen,
});
