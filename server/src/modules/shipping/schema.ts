import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";
import { hubs, organisations } from "../accounts/schema.js";
import { parcels } from "../orders/schema.js";
import type { AllocationSummary } from "./day/summary.js";
import type { RateCard } from "./rates/schema.js";

/** Where a parcel is, in the words every carrier's own statuses are brought down to. */
export const trackingStatus = pgEnum("tracking_status", [
  "pending",
  "collected",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "problem",
  "returned",
]);
export const trackingSource = pgEnum("tracking_source", ["scan", "csv", "webhook"]);
export const allocationStatus = pgEnum("allocation_status", ["running", "done", "failed"]);

/** The hub's contract with one carrier: its rate card, the station that picks up, the webhook secret. */
export const carrierContracts = pgTable(
  "carrier_contracts",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    carrierCode: text("carrier_code").notNull(),
    card: jsonb("card").$type<RateCard>().notNull(),
    /** The carrier station organisation that collects this carrier's parcels from the hub. */
    stationId: uuid("station_id"),
    /** Signs the carrier's tracking webhook (HMAC-SHA256); shown to operators only. */
    webhookSecret: text("webhook_secret").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.carrierCode] }),
    foreignKey({ columns: [t.hubId, t.stationId], foreignColumns: [organisations.hubId, organisations.id] }),
  ],
);

/** The carriers a shop allows ("SF only" for fresh goods); a shop without a row allows every carrier. */
export const carrierPreferences = pgTable(
  "carrier_preferences",
  {
    hubId: uuid("hub_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    carriers: text("carriers").array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.shopId] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
    check("carrier_preferences_not_empty", sql`cardinality(${t.carriers}) >= 1`),
  ],
);

/** One allocation of a business day's parcels; the latest finished one is the day's. */
export const allocationRuns = pgTable(
  "allocation_runs",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    id: uuid("id").notNull().defaultRandom(),
    businessDate: date("business_date").notNull(),
    status: allocationStatus("status").notNull().default("running"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    summary: jsonb("summary").$type<AllocationSummary>(),
    error: text("error"),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    index("allocation_runs_day_idx").on(t.hubId, t.businessDate, t.startedAt),
    // One allocation of a day at a time, however many servers.
    uniqueIndex("allocation_runs_one_running").on(t.hubId, t.businessDate).where(sql`${t.status} = 'running'`),
  ],
);

/** A parcel's carrier, price and tracking number, from the day's allocation. */
export const waybills = pgTable(
  "waybills",
  {
    hubId: uuid("hub_id").notNull(),
    parcelId: uuid("parcel_id").notNull(),
    businessDate: date("business_date").notNull(),
    carrierCode: text("carrier_code").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    allocationId: uuid("allocation_id").notNull(),
    listFen: integer("list_fen").notNull(),
    discountFen: integer("discount_fen").notNull(),
    priceFen: integer("price_fen").notNull(),
    status: trackingStatus("status").notNull().default("pending"),
    printedAt: timestamp("printed_at", { withTimezone: true }),
    collectedAt: timestamp("collected_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.parcelId] }),
    foreignKey({ columns: [t.hubId, t.parcelId], foreignColumns: [parcels.hubId, parcels.id] }),
    foreignKey({ columns: [t.hubId, t.allocationId], foreignColumns: [allocationRuns.hubId, allocationRuns.id] }),
    // A carrier's numbers are its own across every hub, as a real e-waybill service's are.
    unique("waybills_tracking_key").on(t.carrierCode, t.trackingNumber),
    index("waybills_number_idx").on(t.hubId, t.trackingNumber),
    index("waybills_day_idx").on(t.hubId, t.businessDate, t.carrierCode),
    check("waybills_prices", sql`${t.discountFen} >= 0 and ${t.priceFen} = ${t.listFen} - ${t.discountFen}`),
  ],
);

/** The local stand-in for a carrier's e-waybill number service: the next number of each carrier. */
export const waybillNumberRanges = pgTable("waybill_number_ranges", {
  carrierCode: text("carrier_code").primaryKey(),
  next: bigint("next", { mode: "number" }).notNull(),
});

/** What happened to a parcel, from a station's scan, a carrier's CSV or its webhook. */
export const trackingEvents = pgTable(
  "tracking_events",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    parcelId: uuid("parcel_id").notNull(),
    status: trackingStatus("status").notNull(),
    /** The carrier's own word for it, kept for the record. */
    carrierStatus: text("carrier_status").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    location: text("location").notNull().default(""),
    source: trackingSource("source").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.parcelId], foreignColumns: [waybills.hubId, waybills.parcelId] }).onDelete(
      "cascade",
    ),
    // A replayed webhook or a re-imported file records nothing twice.
    unique("tracking_events_once").on(t.hubId, t.parcelId, t.status, t.occurredAt),
  ],
);
