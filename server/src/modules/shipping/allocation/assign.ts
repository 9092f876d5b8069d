import type { ParcelClass } from "./classes.js";
import type { Plan, Problem } from "./problem.js";

/** Where one input parcel went: its class, and the carrier (card index) and list price, or none. */
export type Placement =
  | { classIndex: number; carrier: number; listFen: number }
  | { classIndex: number; carrier: null };

/**
 * Whole-parcel class volumes mapped back to parcels: within a class (members ordered by
 * parcel id) the first x[c,0] parcels go with the first option's carrier, the next x[c,1]
 * with the second, and the last u[c] stay without one. Same plan, same parcels, every time.
 */
export function placeParcels(classes: readonly ParcelClass[], problem: Problem, plan: Plan): Map<number, Placement> {
  const placements = new Map<number, Placement>();
  classes.forEach((parcelClass, classIndex) => {
    const options = problem.classes[classIndex]?.options ?? [];
    let at = 0;
    options.forEach((option, j) => {
      const count = plan.x[classIndex]?.[j] ?? 0;
      for (const member of parcelClass.members.slice(at, at + count))
        placements.set(member, { classIndex, carrier: option.carrier, listFen: option.listFen });
      at += count;
    });
    for (const member of parcelClass.members.slice(at)) placements.set(member, { classIndex, carrier: null });
  });
  return placements;
}
