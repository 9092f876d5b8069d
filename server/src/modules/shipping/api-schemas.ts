import { z } from "zod";
import { rateCardShape } from "./rates/schema.js";
import { TRACKING_STATUSES } from "./tracking/statuses.js";

export { IsoDate } from "../orders/api-schemas.js";

const fen = z.int().meta({ description: "CNY in fen (分)" });

export const CarrierCodeParams = z.object({ carrier: z.string().min(1).max(10).toUpperCase() });

export const CarrierInfo = z
  .object({
    code: z.string(),
    zh: z.string(),
    en: z.string(),
    service: z.enum(["standard", "express"]),
    regional: z.boolean(),
  })
  .meta({ id: "CarrierInfo" });

export const Destination = z
  .object({
    code: z.string().meta({ description: "Two-digit province code, as quotes and rate cards take it" }),
    zh: z.string(),
    en: z.string(),
    cities: z.array(z.object({ code: z.string(), name: z.string() })).meta({
      description: "Prefectures (four-digit codes); empty for the municipalities",
    }),
  })
  .meta({ id: "Destination" });

export const Contract = z
  .object({
    carrier: z.string(),
    card: rateCardShape,
    stationId: z.uuid().nullable(),
    webhookSecret: z.string().meta({ description: "HMAC-SHA256 key the carrier signs its tracking webhook with" }),
    updatedAt: z.string(),
  })
  .meta({ id: "Contract" });

export const ContractInput = z.object({
  card: z.looseObject({}).meta({
    description: "The rate card (see Contract.card); checked whole, each problem named by its path",
  }),
  stationId: z
    .uuid()
    .nullable()
    .optional()
    .meta({ description: "The carrier station that collects; kept when left out" }),
});

const SheetProblem = z.object({
  row: z.int().optional(),
  column: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

/** A file refused: each problem with its row and column; nothing changed. */
export const SheetRefused = z
  .object({ ok: z.literal(false), problems: z.array(SheetProblem) })
  .meta({ id: "SheetRefused" });

export const ContractImport = z.union([z.object({ ok: z.literal(true), contract: Contract }), SheetRefused]);

export const QuoteInput = z.object({
  weightGrams: z.int().min(1).max(1_000_000),
  lengthMm: z.int().min(1).max(5000).optional(),
  widthMm: z.int().min(1).max(5000).optional(),
  heightMm: z.int().min(1).max(5000).optional(),
  provinceCode: z.string().regex(/^\d{2}(\d{4})?$/),
  cityCode: z
    .string()
    .regex(/^\d{4}(\d{2})?$/)
    .optional(),
  service: z.enum(["standard", "express"]).optional(),
});

export const Quote = z
  .object({
    carrier: z.string(),
    service: z.enum(["standard", "express"]),
    available: z.boolean(),
    reason: z.string().optional(),
    reasonText: z.string().optional(),
    actualGrams: z.int().optional(),
    volumetricGrams: z.int().optional(),
    chargeableGrams: z.int().optional(),
    bandUpToGrams: z.int().nullable().optional(),
    baseFen: fen.optional(),
    extraGrams: z.int().optional(),
    extraFen: fen.optional(),
    surchargeFen: fen.optional(),
    listFen: fen.optional(),
    discountFen: fen.optional(),
    priceFen: fen.optional(),
    tier: z.object({ minParcels: z.int(), discountFen: fen }).nullable().optional(),
  })
  .meta({ id: "Quote" });

const CarrierDay = z.object({
  carrier: z.string(),
  parcels: z.int(),
  capacity: z.int().nullable(),
  tier: z.object({ minParcels: z.int(), discountFen: fen }).nullable(),
  listFen: fen,
  discountFen: fen,
  costFen: fen,
});

const ShopShare = z.object({
  shopId: z.uuid(),
  shopName: z.string(),
  parcels: z.int(),
  aloneFen: fen,
  pooledFen: fen,
  savingFen: fen,
  payFen: fen,
});

export const Allocation = z
  .object({
    id: z.uuid(),
    date: z.string(),
    status: z.enum(["running", "done", "failed"]),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    summary: z
      .object({
        objective: z.string(),
        allocated: z.int(),
        unallocated: z.array(
          z.object({
            parcelId: z.uuid(),
            shopId: z.uuid(),
            shopName: z.string(),
            reason: z.string(),
            reasonText: z.string(),
          }),
        ),
        carriers: z.array(CarrierDay),
        totalFen: fen,
        baseline: z.object({ cheapestListFen: fen, cheapestAtTiersFen: fen, cheapestFitsCapacity: z.boolean() }),
        shops: z.array(ShopShare),
        savingFen: fen,
        solver: z.object({
          method: z.enum(["milp", "greedy"]),
          status: z.string(),
          seconds: z.number(),
          classes: z.int(),
          gapPercent: z.number().nullable(),
        }),
        seconds: z.number(),
      })
      .nullable(),
  })
  .meta({ id: "Allocation" });

export const Preference = z.object({ carriers: z.array(z.string().toUpperCase()).max(30) }).meta({
  description: "The carriers the shop allows; empty: any carrier",
});

export const ParcelWaybill = z
  .object({
    parcelId: z.uuid(),
    orderNumber: z.string(),
    buyerName: z.string(),
    province: z.string(),
    city: z.string(),
    weightGrams: z.int(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    priceFen: fen.nullable(),
    status: z.enum(["awaiting_carrier", "allocated", ...TRACKING_STATUSES]).meta({
      description: "The parcel's own status until it has a waybill, then the waybill's tracking status",
    }),
    printedAt: z.string().nullable(),
  })
  .meta({ id: "ParcelWaybill" });

export const Waybills = z
  .object({
    date: z.string(),
    parcels: z.array(ParcelWaybill),
    share: ShopShare.nullable().meta({ description: "The shop's side of the pool that day, once allocated" }),
  })
  .meta({ id: "Waybills" });

export const Pickup = z.object({ carrier: z.string(), parcels: z.int(), collected: z.int() }).meta({ id: "Pickup" });

export const ScanResult = z
  .object({
    outcome: z.enum(["collected", "duplicate", "wrong_carrier", "unknown"]),
    trackingNumber: z.string(),
    parcel: z
      .object({
        carrier: z.string(),
        province: z.string(),
        city: z.string(),
        weightGrams: z.int(),
        collectedAt: z.string().nullable(),
      })
      .optional(),
    progress: z.object({ collected: z.int(), total: z.int() }).optional(),
  })
  .meta({ id: "ScanResult" });

export const TrackingRecorded = z
  .object({ recorded: z.int(), repeated: z.int(), unknown: z.array(z.string()) })
  .meta({ id: "TrackingRecorded" });

export const TrackingStatus = z.enum(TRACKING_STATUSES);
