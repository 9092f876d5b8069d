import { greedyPlan } from "./greedy.js";
import { type Problem, planCostFen } from "./problem.js";

/** Parcels a shop sent in the pool, by class index. */
export type ShopParcels = { shopId: string; byClass: Map<number, number>; pooledFen: number; parcels: number };

/**
 * What a shop's parcels would cost if it sent them alone: the same classes and carriers, its
 * own volume for the tiers (a newcomer's ten parcels reach none), no capacity limits — the
 * carriers would take ten parcels more — chosen by the same greedy search as the fallback.
 */
export function aloneCostFen(problem: Problem, shop: ShopParcels): number {
  const indices = [...shop.byClass.keys()].sort((a, b) => a - b);
  const own: Problem = {
    classes: indices.map((i) => ({ count: shop.byClass.get(i) ?? 0, options: problem.classes[i]?.options ?? [] })),
    carriers: problem.carriers.map((carrier) => ({ ...carrier, capacity: Number.POSITIVE_INFINITY })),
  };
  return planCostFen(own, greedyPlan(own));
}

/**
 * The saving split pro rata to what each shop would pay alone, in whole fen that add up
 * exactly (largest remainders first, ties by shop id). A negative saving — capacity forcing
 * dearer carriers than shops alone would use — is split the same way.
 */
export function splitSaving(saving: number, alone: readonly { shopId: string; aloneFen: number }[]): number[] {
  const total = alone.reduce((sum, shop) => sum + shop.aloneFen, 0);
  if (alone.length === 0) return [];
  const weights = total > 0 ? alone.map((shop) => BigInt(shop.aloneFen)) : alone.map(() => 1n);
  const sum = weights.reduce((a, b) => a + b, 0n);
  const magnitude = BigInt(Math.abs(saving));
  const shares = weights.map((weight) => (magnitude * weight) / sum);
  const remainders = weights.map((weight, i) => ({ i, rest: (magnitude * weight) % sum }));
  let missing = Number(magnitude - shares.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) =>
    a.rest !== b.rest ? (b.rest > a.rest ? 1 : -1) : compare(alone[a.i]?.shopId, alone[b.i]?.shopId),
  );
  for (const { i } of remainders) {
    if (missing === 0) break;
    shares[i] = (shares[i] as bigint) + 1n;
    missing -= 1;
  }
  return shares.map((share) => (saving < 0 ? -Number(share) : Number(share)));
}

function compare(a = "", b = ""): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
