import type { ServiceLevel } from "../carriers.js";
import type { ParcelToPrice, Unpriced } from "../rates/price.js";
import type { RateCard } from "../rates/schema.js";
import type { AllocationObjective } from "./objective.js";
import type { MilpSolver } from "./solver.js";

/** A parcel awaiting a carrier (the orders module's `parcels` row, plus size and service when known). */
export type AllocationParcel = ParcelToPrice & {
  id: string;
  shopId: string;
  /** An express parcel goes with an express carrier only; standard by default. */
  service?: ServiceLevel;
};

/** The carriers each shop allows, by shop id ("SF only": ["SF"]); a shop not listed allows all. */
export type ShopPreferences = Readonly<Record<string, readonly string[]>>;

export type AllocationInput = {
  parcels: readonly AllocationParcel[];
  /** One contract per carrier. */
  cards: readonly RateCard[];
  preferences?: ShopPreferences;
};

export type AllocationOptions = {
  objective?: AllocationObjective;
  /** HiGHS unless another is given (tests inject a failing one). */
  solver?: MilpSolver;
  /** Wall-clock budget for the whole allocation, solver included; 5 s by default. */
  timeBudgetMs?: number;
  /**
   * Class volumes as continuous variables (fast; rounded to whole parcels afterwards, tiers
   * kept) or as integers (exact, much slower at scale). Continuous by default.
   */
  volumes?: "continuous" | "integer";
  /** Relative MIP gap at which the solver may stop; 1e-3 (0.1 %) by default, 0 to prove optimality. */
  relativeGap?: number;
};

export type UnallocatedReason = Unpriced | "parcel_no_allowed_carrier" | "parcel_capacity_full";

export type AllocatedParcel = {
  parcelId: string;
  shopId: string;
  carrier: string;
  listFen: number;
  /** The tier discount its carrier's pooled volume reached that day. */
  discountFen: number;
  priceFen: number;
};

export type UnallocatedParcel = { parcelId: string; shopId: string; reason: UnallocatedReason };

export type CarrierDay = {
  carrier: string;
  parcels: number;
  capacity: number | null;
  tier: { minParcels: number; discountFen: number } | null;
  listFen: number;
  discountFen: number;
  costFen: number;
};

/**
 * A shop's side of the pool: what its parcels would cost sent alone (tiers at its own volume),
 * what they cost in the pool, its pro-rata share of the hub's saving and what it pays.
 */
export type ShopShare = {
  shopId: string;
  parcels: number;
  aloneFen: number;
  pooledFen: number;
  savingFen: number;
  payFen: number;
};

export type SolverStatus = "optimal" | "time_limit" | "infeasible" | "error" | "skipped";

export type SolverReport = {
  /** Which plan was kept: the solver's, or the greedy one (fallback, or better after rounding). */
  method: "milp" | "greedy";
  status: SolverStatus;
  volumes: "continuous" | "integer";
  /** Wall-clock seconds inside the solver. */
  seconds: number;
  classes: number;
  variables: number;
  /** The solver's lower bound on the objective, when it has one. */
  lowerBound: number | null;
  /** (kept plan − lower bound) / kept plan, percent; null without a bound. */
  gapPercent: number | null;
  /** The objective of the greedy plan, and of the solver's plan once rounded to whole parcels. */
  greedyValue: number;
  milpValue: number | null;
  detail?: string;
};

export type AllocationResult = {
  objective: string;
  /** Allocated parcels, in input order. */
  parcels: AllocatedParcel[];
  /** Parcels left without a carrier, in input order, each with why. */
  unallocated: UnallocatedParcel[];
  carriers: CarrierDay[];
  totalFen: number;
  baseline: {
    /** The allocated parcels each at its cheapest allowed list price, no tiers. */
    cheapestListFen: number;
    /** The same per-parcel-cheapest choice, priced at the tiers its volumes reach. */
    cheapestAtTiersFen: number;
    /** Whether that choice fits every carrier's capacity (else the pool cannot match it). */
    cheapestFitsCapacity: boolean;
  };
  shops: ShopShare[];
  /** What the shops would pay alone, less what the pool costs. */
  savingFen: number;
  solver: SolverReport;
  seconds: number;
};
