import type { RateCard } from "../rates/schema.js";
import { placeParcels } from "./assign.js";
import type { ParcelClass } from "./classes.js";
import {
  allocatedCount,
  cheapestPlan,
  fitsCapacity,
  type Plan,
  type Problem,
  type ProblemCarrier,
  planCostFen,
  tierOf,
  volumes,
} from "./problem.js";
import { aloneCostFen, type ShopParcels, splitSaving } from "./shops.js";
import type {
  AllocatedParcel,
  AllocationParcel,
  AllocationResult,
  CarrierDay,
  ShopShare,
  UnallocatedParcel,
} from "./types.js";

export type Outcome = {
  parcels: readonly AllocationParcel[];
  cards: readonly RateCard[];
  classes: readonly ParcelClass[];
  problem: Problem;
  plan: Plan;
  /** Parcels no carrier could take, from the classification. */
  unplaceable: readonly UnallocatedParcel[];
};

type Priced = Pick<AllocationResult, "parcels" | "unallocated" | "carriers" | "totalFen" | "baseline"> & {
  shopParcels: ShopParcels[];
};

/** The chosen plan as parcels with prices, per carrier totals and the per-parcel-cheapest baseline. */
export function priceOutcome(outcome: Outcome): Priced {
  const { parcels, problem, plan } = outcome;
  const carrierVolumes = volumes(problem, plan);
  const discounts = problem.carriers.map(
    (carrier, k) => tierOf(carrier, carrierVolumes[k] as number)?.discountFen ?? 0,
  );
  const placements = placeParcels(outcome.classes, problem, plan);
  const reasons = new Map(outcome.unplaceable.map((u) => [u.parcelId, u.reason]));
  const allocated: AllocatedParcel[] = [];
  const unallocated: UnallocatedParcel[] = [];
  const shops = new Map<string, ShopParcels>();
  parcels.forEach((parcel, index) => {
    const placement = placements.get(index);
    if (!placement || placement.carrier === null) {
      const reason = reasons.get(parcel.id) ?? "parcel_capacity_full";
      unallocated.push({ parcelId: parcel.id, shopId: parcel.shopId, reason });
      return;
    }
    const discountFen = discounts[placement.carrier] as number;
    const priceFen = placement.listFen - discountFen;
    const carrier = (outcome.cards[placement.carrier] as RateCard).carrier;
    allocated.push({
      parcelId: parcel.id,
      shopId: parcel.shopId,
      carrier,
      listFen: placement.listFen,
      discountFen,
      priceFen,
    });
    countForShop(shops, parcel.shopId, placement.classIndex, priceFen);
  });
  return {
    parcels: allocated,
    unallocated,
    carriers: carrierDays(problem, outcome.cards, plan, allocated),
    totalFen: allocated.reduce((sum, p) => sum + p.priceFen, 0),
    baseline: baselineOf(problem, plan),
    shopParcels: [...shops.values()].sort((a, b) => (a.shopId < b.shopId ? -1 : a.shopId > b.shopId ? 1 : 0)),
  };
}

function countForShop(shops: Map<string, ShopParcels>, shopId: string, classIndex: number, priceFen: number): void {
  let shop = shops.get(shopId);
  if (!shop) {
    shop = { shopId, byClass: new Map(), pooledFen: 0, parcels: 0 };
    shops.set(shopId, shop);
  }
  shop.byClass.set(classIndex, (shop.byClass.get(classIndex) ?? 0) + 1);
  shop.pooledFen += priceFen;
  shop.parcels += 1;
}

function carrierDays(
  problem: Problem,
  cards: readonly RateCard[],
  plan: Plan,
  allocated: AllocatedParcel[],
): CarrierDay[] {
  const carrierVolumes = volumes(problem, plan);
  return problem.carriers.map((carrier: ProblemCarrier, k) => {
    const code = (cards[k] as RateCard).carrier;
    const mine = allocated.filter((p) => p.carrier === code);
    const tier = tierOf(carrier, carrierVolumes[k] as number);
    const listFen = mine.reduce((sum, p) => sum + p.listFen, 0);
    const discountFen = mine.reduce((sum, p) => sum + p.discountFen, 0);
    return {
      carrier: code,
      parcels: mine.length,
      capacity: Number.isFinite(carrier.capacity) ? carrier.capacity : null,
      tier: tier ? { minParcels: tier.minParcels, discountFen: tier.discountFen } : null,
      listFen,
      discountFen,
      costFen: listFen - discountFen,
    };
  });
}

/** The parcels the plan places, each at its cheapest list price: without tiers, and at the tiers that choice reaches. */
function baselineOf(problem: Problem, plan: Plan): AllocationResult["baseline"] {
  const counts = problem.classes.map((c, i) => c.count - (plan.left[i] ?? 0));
  const cheapest = cheapestPlan(problem, { by: "listFen", counts });
  let listFen = 0;
  problem.classes.forEach((c, i) => {
    c.options.forEach((option, j) => {
      listFen += option.listFen * (cheapest.x[i]?.[j] ?? 0);
    });
  });
  return {
    cheapestListFen: listFen,
    cheapestAtTiersFen: planCostFen(problem, cheapest),
    cheapestFitsCapacity: fitsCapacity(problem, cheapest) && allocatedCount(cheapest) === allocatedCount(plan),
  };
}

/** Each shop's cost alone, its share of the saving and what it pays, by shop id. */
export function shareSaving(
  problem: Problem,
  shops: ShopParcels[],
  totalFen: number,
): { shops: ShopShare[]; savingFen: number } {
  const alone = shops.map((shop) => ({ shopId: shop.shopId, aloneFen: aloneCostFen(problem, shop) }));
  const savingFen = alone.reduce((sum, shop) => sum + shop.aloneFen, 0) - totalFen;
  const shares = splitSaving(savingFen, alone);
  return {
    savingFen,
    shops: shops.map((shop, i) => {
      const aloneFen = alone[i]?.aloneFen ?? 0;
      const savingShare = shares[i] ?? 0;
      return {
        shopId: shop.shopId,
        parcels: shop.parcels,
        aloneFen,
        pooledFen: shop.pooledFen,
        savingFen: savingShare,
        payFen: aloneFen - savingShare,
      };
    }),
  };
}
