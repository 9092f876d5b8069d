import type { z } from "zod";
import { isCarrierCode } from "../carriers.js";
import type { ShippingMessageCode } from "../messages.js";
import { fenToYuan, gramsToKg } from "../money.js";
import { isProvinceCode, PROVINCES, provinceByCode } from "../provinces.js";
import type { Band, Destination, RateCard, ServedDestination } from "./schema.js";

type Path = (string | number)[];
type Params = Record<string, string | number>;

/** Zod refinement of a whole rate card: what no single field can say wrong on its own. */
export function checkRateCard(card: RateCard, ctx: z.RefinementCtx): void {
  const report = (path: Path, code: ShippingMessageCode, params: Params = {}) =>
    ctx.addIssue({ code: "custom", message: code, path, params });
  if (!isCarrierCode(card.carrier)) report(["carrier"], "rate_carrier_unknown", { value: card.carrier });
  checkTiers(card, report);
  checkDestinations(card.destinations, report);
  card.destinations.forEach((destination, index) => {
    if (destination.served) checkBands(destination, card.weightStepGrams, ["destinations", index], report);
  });
}

type Report = (path: Path, code: ShippingMessageCode, params?: Params) => void;

function checkTiers(card: RateCard, report: Report): void {
  card.tiers.forEach((tier, index) => {
    const previous = card.tiers[index - 1];
    const at = { tier: index + 1 };
    if (previous && tier.minParcels <= previous.minParcels)
      report(["tiers", index, "minParcels"], "rate_tier_threshold_not_increasing", {
        ...at,
        value: tier.minParcels,
        previous: previous.minParcels,
      });
    if (previous && tier.discountFen <= previous.discountFen)
      report(["tiers", index, "discountFen"], "rate_tier_discount_not_increasing", {
        ...at,
        value: fenToYuan(tier.discountFen),
        previous: fenToYuan(previous.discountFen),
      });
  });
  // A discount as large as the cheapest price would send a parcel for nothing or less.
  const cheapest = cheapestBandPrice(card.destinations);
  const largest = card.tiers.at(-1);
  if (largest && cheapest !== undefined && largest.discountFen >= cheapest)
    report(["tiers", card.tiers.length - 1, "discountFen"], "rate_tier_discount_too_large", {
      value: fenToYuan(largest.discountFen),
      price: fenToYuan(cheapest),
    });
}

function cheapestBandPrice(destinations: Destination[]): number | undefined {
  let cheapest: number | undefined;
  for (const destination of destinations) {
    if (!destination.served) continue;
    for (const band of destination.bands) {
      const price = band.kind === "flat" ? band.priceFen : band.firstPriceFen;
      // A negative price is a problem of its own; it says nothing about the discount.
      if (price >= 0) cheapest = Math.min(cheapest ?? price, price);
    }
  }
  return cheapest;
}

function checkDestinations(destinations: Destination[], report: Report): void {
  const seen = new Map<string, number>();
  destinations.forEach((destination, index) => {
    const { province, city } = destination;
    if (!isProvinceCode(province)) {
      report(["destinations", index, "province"], "rate_province_unknown", { value: province });
      return;
    }
    if (city !== undefined && !(/^\d{4}$/.test(city) && city.startsWith(province)))
      report(["destinations", index, "city"], "rate_city_invalid", { value: city, province });
    const key = `${province}/${city ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(["destinations", index], "rate_destination_repeated", { place: placeName(destination), first: first + 1 });
    else seen.set(key, index);
  });
  // Every province needs its own row: priced, or said not to be served. A gap would
  // otherwise read as "not served" without anyone having decided it.
  for (const { code, zh } of PROVINCES)
    if (!seen.has(`${code}/`)) report(["destinations"], "rate_province_missing", { province: code, name: zh });
}

function checkBands(destination: ServedDestination, stepGrams: number, at: Path, report: Report): void {
  const { bands } = destination;
  if (bands.length === 0) report([...at, "bands"], "rate_bands_empty", { place: placeName(destination) });
  bands.forEach((band, index) => {
    const path = [...at, "bands", index];
    checkStep(band, stepGrams, path, report);
    const previous = bands[index - 1];
    if (!previous) return;
    if (previous.upToGrams === null) {
      report(path, "rate_band_after_open", { previous: index });
      return;
    }
    if (band.upToGrams === null) return;
    if (band.upToGrams === previous.upToGrams)
      report([...path, "upToGrams"], "rate_bands_overlap", { value: gramsToKg(band.upToGrams) });
    else if (band.upToGrams < previous.upToGrams)
      report([...path, "upToGrams"], "rate_bands_unordered", {
        value: gramsToKg(band.upToGrams),
        previous: gramsToKg(previous.upToGrams),
      });
  });
}

// Chargeable weight is always a whole number of steps, so a limit between two steps
// (0.3 kg when weights round to whole kilograms) would never be reached as written.
function checkStep(band: Band, stepGrams: number, path: Path, report: Report): void {
  const weights: [string, number | null][] = [["upToGrams", band.upToGrams]];
  if (band.kind === "stepped") weights.push(["firstGrams", band.firstGrams]);
  for (const [field, grams] of weights)
    if (grams !== null && grams % stepGrams !== 0)
      report([...path, field], "rate_weight_off_step", { value: gramsToKg(grams), step: gramsToKg(stepGrams) });
}

function placeName({ province, city }: Destination): string {
  return city ?? provinceByCode(province)?.zh ?? province;
}
