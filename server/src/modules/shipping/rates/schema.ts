import { z } from "zod";
import { checkRateCard } from "./checks.js";

/**
 * A hub's contract with one carrier, in fen and grams. Field-level limits carry the problem
 * code as their message (see messages.ts); the checks that look across fields (a province
 * missing, bands out of order, tiers not increasing) are in checks.ts.
 */

/** ¥100,000 for one parcel: beyond any express price, and far from overflowing sums of 10^4 parcels. */
export const MAX_FEN = 10_000_000;
/** One tonne: more than any parcel network takes. */
export const MAX_GRAMS = 1_000_000;

const fen = z.int({ error: "rate_value_invalid" }).min(0, { error: "rate_price_negative" }).max(MAX_FEN, {
  error: "rate_value_too_large",
});
const grams = z.int({ error: "rate_value_invalid" }).min(1, { error: "rate_weight_not_positive" }).max(MAX_GRAMS, {
  error: "rate_value_too_large",
});

/** One price for every weight up to `upToGrams` (above the previous band's limit). */
export const flatBandSchema = z.object({
  kind: z.literal("flat"),
  upToGrams: grams,
  priceFen: fen,
});

/**
 * 首重 + 续重: `firstPriceFen` covers the first `firstGrams`, each kilogram above it costs
 * `perKgFen`. `upToGrams` null: no upper limit (only the last band).
 */
export const steppedBandSchema = z.object({
  kind: z.literal("stepped"),
  upToGrams: grams.nullable(),
  firstGrams: grams,
  firstPriceFen: fen,
  perKgFen: fen,
});

export const bandSchema = z.discriminatedUnion("kind", [flatBandSchema, steppedBandSchema]);

const place = {
  /** Two-digit GB/T 2260 province prefix, "33". */
  province: z.string(),
  /** Four-digit prefecture code ("3307"): this row overrides the province's row for that city. */
  city: z.string().optional(),
};

export const servedDestinationSchema = z.object({
  ...place,
  served: z.literal(true),
  /** Ordered by weight; each band starts where the previous one ends. */
  bands: z.array(bandSchema),
  /** Remote-area surcharge (偏远附加费) added to every parcel to this destination. */
  surchargeFen: fen.default(0),
});

export const notServedDestinationSchema = z.object({ ...place, served: z.literal(false) });

export const destinationSchema = z.discriminatedUnion("served", [servedDestinationSchema, notServedDestinationSchema]);

/**
 * All-units volume tier: when the hub's parcels with the carrier on one day reach
 * `minParcels`, every parcel of that day costs `discountFen` less. Fen off a parcel rather
 * than a percentage: contracts in the trade say "每票优惠 0.1 元", and a fixed amount keeps
 * the allocation model linear in the parcel counts.
 */
export const volumeTierSchema = z.object({
  minParcels: z.int({ error: "rate_value_invalid" }).min(1, { error: "rate_count_not_positive" }),
  discountFen: fen,
});

export const rateCardShape = z.object({
  carrier: z.string(),
  /** Chargeable weight is rounded up to this step: whole kilograms, or half kilograms. */
  // A refinement rather than a union of literals, so a wrong step does not hide the other problems.
  weightStepGrams: z
    .int({ error: "rate_value_invalid" })
    .refine((grams) => grams === 1000 || grams === 500, { error: "rate_weight_step_invalid" })
    .default(1000),
  /** Volumetric weight in kg is L×W×H (cm) / divisor: 6000 for most, 12000 for some within a region. */
  volumetricDivisor: z
    .int({ error: "rate_value_invalid" })
    .min(1000, { error: "rate_divisor_invalid" })
    .max(30_000, { error: "rate_divisor_invalid" })
    .default(6000),
  /** Parcels the carrier collects from the hub in one day; null when it takes whatever comes. */
  dailyCapacity: z
    .int({ error: "rate_value_invalid" })
    .min(0, { error: "rate_count_negative" })
    .nullable()
    .default(null),
  tiers: z.array(volumeTierSchema).default([]),
  destinations: z.array(destinationSchema),
});

/** The whole contract: the shape, then the checks across its fields. */
export const rateCardSchema = rateCardShape.superRefine(checkRateCard);

export type RateCard = z.output<typeof rateCardShape>;
export type RateCardInput = z.input<typeof rateCardShape>;
export type Band = z.output<typeof bandSchema>;
export type FlatBand = z.output<typeof flatBandSchema>;
export type SteppedBand = z.output<typeof steppedBandSchema>;
export type Destination = z.output<typeof destinationSchema>;
export type ServedDestination = z.output<typeof servedDestinationSchema>;
export type VolumeTier = z.output<typeof volumeTierSchema>;
