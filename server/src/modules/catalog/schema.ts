import { sql } from "drizzle-orm";
import {
  check,
  customType,
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

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

/** Words of a product, segmented by jieba in the application, for full-text search. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const fen = (name: string) => integer(name);

/** The hub's product taxonomy (箱包, 服装, 饰品, …), two levels, editable by its operators. */
export const categories = pgTable(
  "categories",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.parentId], foreignColumns: [t.hubId, t.id] }),
    uniqueIndex("categories_hub_parent_name_key").on(
      t.hubId,
      sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000')`,
      t.name,
    ),
    check("categories_name_not_blank", sql`length(trim(${t.name})) > 0`),
  ],
);

export type ProductOption = { name: string; values: string[] };
export type ProductAttribute = { name: string; value: string };

export const products = pgTable(
  "products",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    supplierId: uuid("supplier_id").notNull(),
    categoryId: uuid("category_id"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    attributes: jsonb("attributes").$type<ProductAttribute[]>().notNull().default([]),
    /** Up to three option dimensions (颜色, 尺码, …); each SKU takes one value of each. */
    options: jsonb("options").$type<ProductOption[]>().notNull().default([]),
    moq: integer("moq").notNull().default(1),
    status: productStatus("status").notNull().default("draft"),
    salesCount: integer("sales_count").notNull().default(0),
    // A summary of the variants, kept by refreshProductSummary, so the supermarket can
    // filter and sort 300,000 products without touching 1.7 million SKUs.
    /** Lowest first-tier wholesale price of any variant. */
    priceFen: integer("price_fen"),
    /** Lowest dropship price (代发价); null when no variant can be dropshipped. */
    dropshipPriceFen: integer("dropship_price_fen"),
    /** Units available across variants (on hand − reserved). */
    available: integer("available").notNull().default(0),
    /** Backlog units offered at a clearance price across variants. */
    clearanceQuantity: integer("clearance_quantity").notNull().default(0),
    searchVector: tsvector("search_vector"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.supplierId], foreignColumns: [organisations.hubId, organisations.id] }),
    foreignKey({ columns: [t.hubId, t.categoryId], foreignColumns: [categories.hubId, categories.id] }),
    index("products_hub_supplier_idx").on(t.hubId, t.supplierId, t.createdAt),
    index("products_hub_status_created_idx").on(t.hubId, t.status, t.createdAt),
    index("products_search_idx").using("gin", t.searchVector),
    index("products_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("products_hub_status_price_idx").on(t.hubId, t.status, t.priceFen),
    index("products_hub_status_sales_idx").on(t.hubId, t.status, t.salesCount),
    // A category filter on a word search: the planner ANDs this with the word index and
    // reads only the products in both, not every product that has the word.
    index("products_hub_category_idx").on(t.hubId, t.categoryId),
    check("products_title_length", sql`length(trim(${t.title})) between 1 and 120`),
    check("products_moq_positive", sql`${t.moq} >= 1`),
    check("products_options_at_most_three", sql`jsonb_array_length(${t.options}) <= 3`),
    check("products_sales_not_negative", sql`${t.salesCount} >= 0`),
  ],
);

/**
 * One sellable variant. Stock: available = on hand − reserved; the database keeps both
 * non-negative and reserved within on hand, whatever the application does.
 */
export const skus = pgTable(
  "skus",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    productId: uuid("product_id").notNull(),
    supplierId: uuid("supplier_id").notNull(),
    code: text("code").notNull(),
    barcode: text("barcode"),
    optionValues: jsonb("option_values").$type<string[]>().notNull().default([]),
    weightGrams: integer("weight_grams").notNull().default(0),
    lengthMm: integer("length_mm"),
    widthMm: integer("width_mm"),
    heightMm: integer("height_mm"),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    dropshipPriceFen: fen("dropship_price_fen"),
    retailPriceFen: fen("retail_price_fen"),
    clearanceQuantity: integer("clearance_quantity").notNull().default(0),
    clearancePriceFen: fen("clearance_price_fen"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.productId], foreignColumns: [products.hubId, products.id] }).onDelete("cascade"),
    uniqueIndex("skus_supplier_code_key").on(t.hubId, t.supplierId, t.code),
    index("skus_product_idx").on(t.hubId, t.productId, t.position),
    index("skus_code_trgm_idx").using("gin", sql`${t.code} gin_trgm_ops`),
    check("skus_code_format", sql`length(${t.code}) between 1 and 64 and ${t.code} !~ '\\s'`),
    check("skus_on_hand_not_negative", sql`${t.onHand} >= 0`),
    check("skus_reserved_not_negative", sql`${t.reserved} >= 0`),
    check("skus_reserved_within_on_hand", sql`${t.reserved} <= ${t.onHand}`),
    check("skus_weight_not_negative", sql`${t.weightGrams} >= 0`),
    check(
      "skus_sizes_positive",
      sql`coalesce(${t.lengthMm}, 1) > 0 and coalesce(${t.widthMm}, 1) > 0 and coalesce(${t.heightMm}, 1) > 0`,
    ),
    check(
      "skus_prices_not_negative",
      sql`coalesce(${t.dropshipPriceFen}, 0) >= 0 and coalesce(${t.retailPriceFen}, 0) >= 0 and coalesce(${t.clearancePriceFen}, 0) >= 0`,
    ),
    check(
      "skus_clearance_complete",
      sql`${t.clearanceQuantity} >= 0 and (${t.clearanceQuantity} = 0 or ${t.clearancePriceFen} is not null)`,
    ),
  ],
);

/** Wholesale price of a SKU from a quantity on (1688's priceRanges): the tier with the largest minimum ≤ quantity applies. */
export const skuPriceTiers = pgTable(
  "sku_price_tiers",
  {
    hubId: uuid("hub_id").notNull(),
    skuId: uuid("sku_id").notNull(),
    minQuantity: integer("min_quantity").notNull(),
    priceFen: fen("price_fen").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.skuId, t.minQuantity] }),
    foreignKey({ columns: [t.hubId, t.skuId], foreignColumns: [skus.hubId, skus.id] }).onDelete("cascade"),
    check("sku_price_tiers_min_positive", sql`${t.minQuantity} >= 1`),
    check("sku_price_tiers_price_positive", sql`${t.priceFen} > 0`),
  ],
);

/** A processed picture, stored once per hub under the sha256 of its main image. */
export const pictures = pgTable(
  "pictures",
  {
    hubId: uuid("hub_id").notNull(),
    sha256: text("sha256").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.sha256] }),
    check("pictures_sha256_format", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** A product's ordered gallery; position 0 is the main picture. */
export const productPictures = pgTable(
  "product_pictures",
  {
    hubId: uuid("hub_id").notNull(),
    productId: uuid("product_id").notNull(),
    position: integer("position").notNull(),
    sha256: text("sha256").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.productId, t.position] }),
    foreignKey({ columns: [t.hubId, t.productId], foreignColumns: [products.hubId, products.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.hubId, t.sha256], foreignColumns: [pictures.hubId, pictures.sha256] }),
    check("product_pictures_position_range", sql`${t.position} between 0 and 19`),
  ],
);

export const importStatus = pgEnum("import_status", ["checking", "checked", "applying", "applied", "failed"]);

/**
 * A supplier's bulk import of a spreadsheet (and a ZIP of pictures): checked first (a dry
 * run whose report says what would change and what is wrong, row by row), then applied
 * all or nothing. Progress is kept here so the web app and the CLI can show it.
 */
export const catalogImports = pgTable(
  "catalog_imports",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    supplierId: uuid("supplier_id").notNull(),
    createdBy: uuid("created_by").notNull(),
    fileName: text("file_name").notNull(),
    status: importStatus("status").notNull().default("checking"),
    totalRows: integer("total_rows").notNull().default(0),
    processedRows: integer("processed_rows").notNull().default(0),
    /** What the check found: counts of products/SKUs to create and update, and every bad row. */
    report: jsonb("report").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    /** When the job running it last showed progress: a check or apply silent for long died with its process. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.supplierId], foreignColumns: [organisations.hubId, organisations.id] }),
    index("catalog_imports_supplier_idx").on(t.hubId, t.supplierId, t.createdAt),
    check(
      "catalog_imports_progress",
      sql`${t.processedRows} between 0 and greatest(${t.totalRows}, ${t.processedRows})`,
    ),
  ],
);
