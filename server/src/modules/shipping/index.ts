export { allocateParcels } from "./allocation/allocate.js";
export { highsSolver } from "./allocation/highs-solver.js";
export { type AllocationObjective, lowestTotalCost } from "./allocation/objective.js";
export { type SampleDay, sampleDay } from "./allocation/sample-day.js";
export type { LinearProgram, MilpSolution, MilpSolver } from "./allocation/solver.js";
export type {
  AllocatedParcel,
  AllocationInput,
  AllocationOptions,
  AllocationParcel,
  AllocationResult,
  CarrierDay,
  ShopPreferences,
  ShopShare,
  SolverReport,
  SolverStatus,
  UnallocatedParcel,
  UnallocatedReason,
} from "./allocation/types.js";
export {
  CARRIER_CODES,
  CARRIERS,
  type Carrier,
  type CarrierCode,
  carrierByCode,
  findCarrier,
  isCarrierCode,
  type ServiceLevel,
} from "./carriers.js";
export { demoRateCards } from "./demo-rates.js";
export { isShippingMessageCode, type ShippingMessageCode, shippingMessages } from "./messages.js";
export { fenToYuan, gramsToKg, kgToGrams, yuanToFen } from "./money.js";
export { cityOf, PROVINCES, type ProvinceCode, provinceByCode, provinceOf, REMOTE_PROVINCES } from "./provinces.js";
export { type CarrierQuote, type QuoteOptions, quoteOnCard, quoteParcel } from "./quote.js";
export type { RateSheetResult } from "./rates/csv/build.js";
export { parseRateCardCsv, readRateCardFile } from "./rates/csv/read.js";
export type { RateSheetProblem } from "./rates/csv/rows.js";
export { rateCardToCsv } from "./rates/csv/write.js";
export {
  type CardPrice,
  type ListPrice,
  listPrice,
  type ParcelToPrice,
  tierAt,
  type Unpriced,
  type Weighing,
  weigh,
} from "./rates/price.js";
export {
  type Band,
  type Destination,
  type FlatBand,
  type RateCard,
  type RateCardInput,
  rateCardSchema,
  type SteppedBand,
  type VolumeTier,
} from "./rates/schema.js";
export { type RateCardProblem, type RateCardValidation, validateRateCard } from "./rates/validate.js";
