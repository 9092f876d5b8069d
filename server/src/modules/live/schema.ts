import { sql } from "drizzle-orm";
import {
  bigint,
  check,
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

/** A room is scheduled, then live while the anchor broadcasts, then ended (its report is final). */
export const roomStatus = pgEnum("live_room_status", ["scheduled", "live", "ended"]);

/** A live room: a show an anchor schedules, with its lineup, the pinned product and its counters. */
export const liveRooms = pgTable(
  "live_rooms",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    id: uuid("id").notNull().defaultRandom(),
    /** The shop or factory selling in the room. */
    sellerId: uuid("seller_id").notNull(),
    title: text("title").notNull(),
    /** A picture of the catalog's store, by its sha256. */
    coverSha256: text("cover_sha256"),
    /** An HLS playlist (.m3u8) played in the page, or a link to the platform's own stream. */
    streamUrl: text("stream_url"),
    anchors: text("anchors").array().notNull().default(sql`'{}'::text[]`),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull(),
    status: roomStatus("status").notNull().default("scheduled"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    pinnedSkuId: uuid("pinned_sku_id"),
    peakViewers: integer("peak_viewers").notNull().default(0),
    likes: bigint("likes", { mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.sellerId], foreignColumns: [organisations.hubId, organisations.id] }),
    index("live_rooms_seller_idx").on(t.hubId, t.sellerId, t.scheduledAt),
    // Buyers open a room by its id alone (a link or a QR code).
    unique("live_rooms_id_key").on(t.id),
    check("live_rooms_title_present", sql`length(${t.title}) between 1 and 60`),
    check("live_rooms_counters", sql`${t.peakViewers} >= 0 and ${t.likes} >= 0`),
  ],
);

/** The products lined up for a room, in the order the anchor shows them. */
export const liveRoomItems = pgTable(
  "live_room_items",
  {
    hubId: uuid("hub_id").notNull(),
    roomId: uuid("room_id").notNull(),
    skuId: uuid("sku_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.roomId, t.skuId] }),
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }),
  ],
);

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
    /** The room the deal is launched in (deals made straight through the engine have none). */
    roomId: uuid("room_id"),
    skuId: uuid("sku_id").notNull(),
    /** What a buyer comments to claim one unit (扣1 → "1"). */
    code: text("code"),
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
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }),
    index("flash_deals_room_idx").on(t.hubId, t.roomId),
    // Buyers reach a deal by its id alone, from the room's page.
    unique("flash_deals_id_key").on(t.id),
    check("flash_deals_code_shape", sql`${t.code} is null or ${t.code} ~ '^[0-9A-Za-z]{1,8}$'`),
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
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /** The payment provider's reference, once paid. */
    paymentRef: text("payment_ref"),
    /** The buyer's address the claim ships to, chosen when paying. */
    addressId: uuid("address_id"),
    /** The shop's retail order the paid claim became. */
    orderId: uuid("order_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.dealId], foreignColumns: [flashDeals.hubId, flashDeals.id] }),
    unique("flash_claims_request_key").on(t.dealId, t.buyerId, t.idempotencyKey),
    index("flash_claims_deal_idx").on(t.hubId, t.dealId, t.status),
    // The expiry job's question: which unpaid claims are past their time.
    index("flash_claims_unpaid_idx").on(t.payBy).where(sql`${t.status} = 'accepted'`),
    index("flash_claims_buyer_idx").on(t.hubId, t.buyerId, t.createdAt),
    check("flash_claims_quantity_positive", sql`${t.quantity} >= 1`),
    check("flash_claims_paid_complete", sql`(${t.status} = 'paid') = (${t.paidAt} is not null)`),
  ],
);

/** A buyer of a hub's live rooms, known by a phone number they proved with a one-time code. */
export const liveBuyers = pgTable(
  "live_buyers",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    id: uuid("id").notNull().defaultRandom(),
    /** Eleven digits, mainland mobile. */
    phone: text("phone").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    unique("live_buyers_phone_key").on(t.hubId, t.phone),
    check("live_buyers_phone_shape", sql`${t.phone} ~ '^1[3-9][0-9]{9}$'`),
  ],
);

/** The one-time code last sent to a phone; a few wrong tries and it is spent. */
export const liveSignInCodes = pgTable(
  "live_sign_in_codes",
  {
    hubId: uuid("hub_id").notNull(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    failures: integer("failures").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.phone] })],
);

/** A buyer's signed-in phone: the token's hash only, as for staff sessions. */
export const liveBuyerSessions = pgTable(
  "live_buyer_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    hubId: uuid("hub_id").notNull(),
    buyerId: uuid("buyer_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [foreignKey({ columns: [t.hubId, t.buyerId], foreignColumns: [liveBuyers.hubId, liveBuyers.id] })],
);

/** A buyer's address book: where paid claims are shipped. */
export const liveBuyerAddresses = pgTable(
  "live_buyer_addresses",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    buyerId: uuid("buyer_id").notNull(),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    /** The whole address as typed; parsed into province, city and district when used. */
    address: text("address").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.buyerId], foreignColumns: [liveBuyers.hubId, liveBuyers.id] }),
    index("live_buyer_addresses_buyer_idx").on(t.hubId, t.buyerId),
  ],
);

/** What buyers said in a room, prohibited words already masked. */
export const liveComments = pgTable(
  "live_comments",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    roomId: uuid("room_id").notNull(),
    buyerId: uuid("buyer_id").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }).onDelete("cascade"),
    index("live_comments_room_idx").on(t.hubId, t.roomId, t.createdAt),
    check("live_comments_length", sql`length(${t.text}) between 1 and 200`),
  ],
);

/** Who opened a room, once each: the report's unique viewers. */
export const liveViews = pgTable(
  "live_views",
  {
    hubId: uuid("hub_id").notNull(),
    roomId: uuid("room_id").notNull(),
    /** A buyer id, or an anonymous viewer's random id. */
    viewer: text("viewer").notNull(),
    firstAt: timestamp("first_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.roomId, t.viewer] }),
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }).onDelete("cascade"),
  ],
);

/** The room's replay timeline: started, pinned, deal launched, sold out, draw, ended. */
export const liveEvents = pgTable(
  "live_events",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    roomId: uuid("room_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    skuId: uuid("sku_id"),
    dealId: uuid("deal_id"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }).onDelete("cascade"),
    index("live_events_room_idx").on(t.hubId, t.roomId, t.at),
    check(
      "live_events_kind",
      sql`${t.kind} in ('started', 'pinned', 'unpinned', 'deal_launched', 'sold_out', 'draw', 'ended')`,
    ),
  ],
);

/** A lucky draw among the buyers who commented in a window; the seed lets anyone draw it again. */
export const liveDraws = pgTable(
  "live_draws",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    roomId: uuid("room_id").notNull(),
    prize: text("prize").notNull(),
    windowFrom: timestamp("window_from", { withTimezone: true }).notNull(),
    windowTo: timestamp("window_to", { withTimezone: true }).notNull(),
    winnerCount: integer("winner_count").notNull(),
    seed: text("seed").notNull(),
    entrants: jsonb("entrants").$type<string[]>().notNull(),
    winners: jsonb("winners").$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.roomId], foreignColumns: [liveRooms.hubId, liveRooms.id] }).onDelete("cascade"),
    check("live_draws_winners", sql`${t.winnerCount} between 1 and 100`),
    check("live_draws_window", sql`${t.windowTo} > ${t.windowFrom}`),
  ],
);
