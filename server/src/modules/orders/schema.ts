import { sql } from "drizzle-orm";
import {
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
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";
import { hubs, organisations } from "../accounts/schema.js";
import { skus } from "../catalog/schema.js";

export const orderPlatform = pgEnum("order_platform", ["taobao", "shopify", "manual", "api", "live"]);
/**
 * A line waits with stock reserved for the cut-off (reserved) or for stock (backordered); the
 * cut-off puts reserved lines on a purchase order (ordered); a shop may cancel a line that is
 * not ordered yet. A short-shipped line goes back to backordered or is cancelled.
 */
export const lineStatus = pgEnum("order_line_status", ["reserved", "backordered", "ordered", "cancelled"]);
export const fulfilment = pgEnum("fulfilment", ["pickup", "dropship"]);
export const poStatus = pgEnum("purchase_order_status", ["open", "confirmed", "ready", "collected", "shipped"]);
export const parcelStatus = pgEnum("parcel_status", ["awaiting_carrier", "allocated", "collected", "delivered"]);

/** A shop's retail order from its Taobao or Shopify store, a form, the API or a live room. */
export const orders = pgTable(
  "orders",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    shopId: uuid("shop_id").notNull(),
    platform: orderPlatform("platform").notNull(),
    platformOrderNumber: text("platform_order_number").notNull(),
    buyerName: text("buyer_name").notNull(),
    buyerPhone: text("buyer_phone").notNull(),
    provinceCode: text("province_code").notNull(),
    province: text("province").notNull(),
    cityCode: text("city_code").notNull(),
    city: text("city").notNull(),
    districtCode: text("district_code"),
    district: text("district"),
    addressDetail: text("address_detail").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
    /** What the buyer paid, when the platform says; for the shop's own reckoning. */
    totalFen: integer("total_fen"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
    // Re-importing a file or retrying a request finds the order already there.
    unique("orders_platform_number_key").on(t.hubId, t.shopId, t.platform, t.platformOrderNumber),
    index("orders_shop_placed_idx").on(t.hubId, t.shopId, t.placedAt),
    check("orders_total_not_negative", sql`coalesce(${t.totalFen}, 0) >= 0`),
  ],
);

/** One SKU of an order, bought from the supplier whose SKU the shop picked. */
export const orderLines = pgTable(
  "order_lines",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    supplierId: uuid("supplier_id").notNull(),
    skuId: uuid("sku_id").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    quantity: integer("quantity").notNull(),
    /** The buyer's price, for the shop's margin; suppliers are paid from the SKU's own prices. */
    unitPriceFen: integer("unit_price_fen").notNull(),
    status: lineStatus("status").notNull(),
    /** For backorders, the order they are served in: oldest first. */
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.orderId], foreignColumns: [orders.hubId, orders.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }),
    foreignKey({ columns: [t.hubId, t.supplierId], foreignColumns: [organisations.hubId, organisations.id] }),
    unique("order_lines_position_key").on(t.hubId, t.orderId, t.position),
    index("order_lines_backorders_idx").on(t.hubId, t.skuId, t.createdAt).where(sql`${t.status} = 'backordered'`),
    index("order_lines_reserved_idx").on(t.hubId, t.supplierId).where(sql`${t.status} = 'reserved'`),
    check("order_lines_quantity_positive", sql`${t.quantity} >= 1`),
    check("order_lines_price_not_negative", sql`${t.unitPriceFen} >= 0`),
  ],
);

/** An API request's Idempotency-Key and the order it made: a retry gets the same answer. */
export const orderRequests = pgTable(
  "order_requests",
  {
    hubId: uuid("hub_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    key: text("key").notNull(),
    /** sha256 of the request body: the same key with another body is refused. */
    bodyHash: text("body_hash").notNull(),
    orderId: uuid("order_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.shopId, t.key] }),
    foreignKey({ columns: [t.hubId, t.orderId], foreignColumns: [orders.hubId, orders.id] }).onDelete("cascade"),
  ],
);

/** The hub's order settings: when the day's cut-off runs, and each supplier's way of handing over goods. */
export const orderSettings = pgTable("order_settings", {
  hubId: uuid("hub_id")
    .primaryKey()
    .references(() => hubs.id),
  /** Local time in the hub's time zone. */
  cutoffTime: time("cutoff_time").notNull().default("16:00"),
  /** A supplier not listed in supplierModes hands over this way. */
  defaultMode: fulfilment("default_mode").notNull().default("dropship"),
  supplierModes: jsonb("supplier_modes").$type<Record<string, "pickup" | "dropship">>().notNull().default({}),
});

/** One cut-off per hub and business day: the row is taken under lock, so it runs once however many servers. */
export const cutoffRuns = pgTable(
  "cutoff_runs",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    businessDate: date("business_date").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    /** How many lines, purchase orders and parcels it made. */
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.businessDate] })],
);

/** What one shop buys from one supplier on one business day. */
export const purchaseOrders = pgTable(
  "purchase_orders",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    /** PO-YYYYMMDD-NNNN, printed as a barcode on the pick list. */
    number: text("number").notNull(),
    businessDate: date("business_date").notNull(),
    supplierId: uuid("supplier_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    mode: fulfilment("mode").notNull(),
    status: poStatus("status").notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.supplierId], foreignColumns: [organisations.hubId, organisations.id] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
    unique("purchase_orders_day_key").on(t.hubId, t.businessDate, t.supplierId, t.shopId),
    unique("purchase_orders_number_key").on(t.hubId, t.number),
    index("purchase_orders_shop_idx").on(t.hubId, t.shopId, t.businessDate),
  ],
);

/** An order line as the supplier fills it, at the price the shop pays the supplier. */
export const purchaseOrderLines = pgTable(
  "purchase_order_lines",
  {
    hubId: uuid("hub_id").notNull(),
    purchaseOrderId: uuid("purchase_order_id").notNull(),
    orderLineId: uuid("order_line_id").notNull(),
    skuId: uuid("sku_id").notNull(),
    quantity: integer("quantity").notNull(),
    unitCostFen: integer("unit_cost_fen").notNull(),
    /** Units the supplier could not hand over; not charged. */
    shortQuantity: integer("short_quantity").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.orderLineId] }),
    foreignKey({ columns: [t.hubId, t.purchaseOrderId], foreignColumns: [purchaseOrders.hubId, purchaseOrders.id] }),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }),
    index("purchase_order_lines_po_idx").on(t.hubId, t.purchaseOrderId),
    check("purchase_order_lines_quantity_positive", sql`${t.quantity} >= 1`),
    check("purchase_order_lines_cost_not_negative", sql`${t.unitCostFen} >= 0`),
    check("purchase_order_lines_short_within", sql`${t.shortQuantity} between 0 and ${t.quantity}`),
  ],
);

/** Goods on their way to a buyer: from a dropshipping supplier, or from the shop that collected them. */
export const parcels = pgTable(
  "parcels",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    /** Who sends it: the supplier for dropship, the shop itself for goods it collected. */
    senderId: uuid("sender_id").notNull(),
    purchaseOrderId: uuid("purchase_order_id").notNull(),
    weightGrams: integer("weight_grams").notNull(),
    provinceCode: text("province_code").notNull(),
    cityCode: text("city_code").notNull(),
    businessDate: date("business_date").notNull(),
    status: parcelStatus("status").notNull().default("awaiting_carrier"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.orderId], foreignColumns: [orders.hubId, orders.id] }),
    foreignKey({ columns: [t.hubId, t.purchaseOrderId], foreignColumns: [purchaseOrders.hubId, purchaseOrders.id] }),
    uniqueIndex("parcels_order_po_key").on(t.hubId, t.orderId, t.purchaseOrderId),
    index("parcels_day_idx").on(t.hubId, t.businessDate, t.status),
    check("parcels_weight_positive", sql`${t.weightGrams} >= 1`),
  ],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
