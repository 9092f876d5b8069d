import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";
import { hubs, organisations } from "../accounts/schema.js";
import { skus } from "../catalog/schema.js";

/**
 * A claim is accepted when the engine counts it, paid when the buyer pays, expired when the
 * pay-by deadline passes unpaid (its units go back to the deal).
 */
export const claimStatus = pgEnum("flash_claim_status", ["accepted", "paid", "expired"]);

/** A flash deal on one SKU: a deal price, a total quantity and a per-buyer limit, between two instants. */
export const flashDeals = pgTable(
  "flash_deals",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    id: uuid("id").notNull().defaultRandom(),
    /** The shop or factory selling in the room. */
    sellerId: uuid("seller_id").notNull(),
    skuId: uuid("sku_id").notNull(),
    dealPriceFen: integer("deal_price_fen").notNull(),
    quantity: integer("quantity").notNull(),
    perBuyerLimit: integer("per_buyer_limit").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.sellerId], foreignColumns: [organisations.hubId, organisations.id] }),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }),
    check("flash_deals_quantity_positive", sql`${t.quantity} >= 1`),
    check("flash_deals_limit_positive", sql`${t.perBuyerLimit} >= 1`),
    check("flash_deals_price_not_negative", sql`${t.dealPriceFen} >= 0`),
    check("flash_deals_window", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Units of a deal a buyer got: what the inventory engine acknowledged, written before the
 * buyer is told. The request's idempotency key makes a retry find the same claim.
 */
export const flashClaims = pgTable(
  "flash_claims",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull(),
    dealId: uuid("deal_id").notNull(),
    buyerId: text("buyer_id").notNull(),
    quantity: integer("quantity").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    status: claimStatus("status").notNull().default("accepted"),
    payBy: timestamp("pay_by", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.dealId], foreignColumns: [flashDeals.hubId, flashDeals.id] }),
    unique("flash_claims_request_key").on(t.dealId, t.buyerId, t.idempotencyKey),
    index("flash_claims_deal_idx").on(t.hubId, t.dealId, t.status),
    check("flash_claims_quantity_positive", sql`${t.quantity} >= 1`),
  ],
);
