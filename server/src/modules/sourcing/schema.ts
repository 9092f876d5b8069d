import { sql } from "drizzle-orm";
import {
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";
import { organisations } from "../accounts/schema.js";
import { products, skus } from "../catalog/schema.js";

/** A product (or one of its variants) a shop picked into its selection (选品库). */
export const picks = pgTable(
  "picks",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    shopId: uuid("shop_id").notNull(),
    productId: uuid("product_id").notNull(),
    /** Null: the whole product, every variant. */
    skuId: uuid("sku_id"),
    titleOverride: text("title_override"),
    /** The shop's own retail price, instead of the price rule's. */
    priceOverrideFen: integer("price_override_fen"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
    foreignKey({ columns: [t.hubId, t.productId], foreignColumns: [products.hubId, products.id] }),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }),
    uniqueIndex("picks_shop_product_sku_key").on(
      t.hubId,
      t.shopId,
      t.productId,
      sql`coalesce(${t.skuId}, '00000000-0000-0000-0000-000000000000')`,
    ),
    index("picks_product_idx").on(t.hubId, t.productId),
    check("picks_price_override_positive", sql`coalesce(${t.priceOverrideFen}, 1) > 0`),
  ],
);

/** A shop's price rule: how its retail prices follow from suppliers' costs (see sourcing/price-rule.ts). */
export const priceRules = pgTable(
  "price_rules",
  {
    hubId: uuid("hub_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    rule: jsonb("rule").$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.shopId] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
  ],
);

export const alertKind = pgEnum("alert_kind", [
  "price_changed",
  "out_of_stock",
  "back_in_stock",
  "archived",
  "short_shipped",
]);

/** The in-app inbox: what changed in products an organisation picked. */
export const alerts = pgTable(
  "alerts",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    kind: alertKind("kind").notNull(),
    productId: uuid("product_id").notNull(),
    skuId: uuid("sku_id"),
    /** What the message needs: title, SKU code, old and new price. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.orgId], foreignColumns: [organisations.hubId, organisations.id] }),
    index("alerts_inbox_idx").on(t.hubId, t.orgId, t.createdAt),
  ],
);

/** A shop's secret stock-feed URL (CSV/JSON of every pick's stock and price); one per shop. */
export const stockFeeds = pgTable(
  "stock_feeds",
  {
    hubId: uuid("hub_id").notNull(),
    shopId: uuid("shop_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.shopId] }),
    foreignKey({ columns: [t.hubId, t.shopId], foreignColumns: [organisations.hubId, organisations.id] }),
    uniqueIndex("stock_feeds_token_key").on(t.tokenHash),
  ],
);
