import type { VolumeTier } from "../rates/schema.js";

/**
 * What "best" means when the day's parcels are split across carriers (STYLE.md: a decision a
 * hub may want to change is a named strategy with a default). The allocation minimises
 *
 *   Σ parcels parcelWeight(option) − Σ carriers (parcels with it) × tierWeight(reached tier)
 *
 * so an objective is two linear weights; both the MILP and the greedy fallback read them.
 * The prices reported are always fen whatever the objective weighs.
 */
export interface AllocationObjective {
  readonly name: string;
  /** The weight of sending one parcel with a carrier at this list price (fen). */
  parcelWeight(option: { carrier: string; listFen: number }): number;
  /** The weight taken off every parcel a carrier sends that day once its volume reaches `tier`. */
  tierWeight(carrier: string, tier: VolumeTier): number;
}

/** The default: the least the hub pays in total, volume discounts included. */
export const lowestTotalCost: AllocationObjective = {
  name: "lowestTotalCost",
  parcelWeight: (option) => option.listFen,
  tierWeight: (_carrier, tier) => tier.discountFen,
};
