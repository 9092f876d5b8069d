import type { AllocationResult } from "../allocation/types.js";

/**
 * An allocation as kept with its run: everything but the per-parcel rows, which live on as
 * waybills. Unallocated parcels stay listed, each with its reason, so none is lost silently.
 */
export type AllocationSummary = Omit<AllocationResult, "parcels"> & { allocated: number };

export function summarise({ parcels, ...rest }: AllocationResult): AllocationSummary {
  return { ...rest, allocated: parcels.length };
}
