-- Trigram matching for partial words and SKU codes (trusted extension: no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TABLE "categories" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "categories_name_not_blank" CHECK (length(trim("categories"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "pictures" (
	"hub_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pictures_hub_id_sha256_pk" PRIMARY KEY("hub_id","sha256"),
	CONSTRAINT "pictures_sha256_format" CHECK ("pictures"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "product_pictures" (
	"hub_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"sha256" text NOT NULL,
	CONSTRAINT "product_pictures_hub_id_product_id_position_pk" PRIMARY KEY("hub_id","product_id","position"),
	CONSTRAINT "product_pictures_position_range" CHECK ("product_pictures"."position" between 0 and 19)
);
--> statement-breakpoint
CREATE TABLE "products" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"category_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moq" integer DEFAULT 1 NOT NULL,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"sales_count" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "products_title_length" CHECK (length(trim("products"."title")) between 1 and 120),
	CONSTRAINT "products_moq_positive" CHECK ("products"."moq" >= 1),
	CONSTRAINT "products_options_at_most_three" CHECK (jsonb_array_length("products"."options") <= 3),
	CONSTRAINT "products_sales_not_negative" CHECK ("products"."sales_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sku_price_tiers" (
	"hub_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"min_quantity" integer NOT NULL,
	"price_fen" integer NOT NULL,
	CONSTRAINT "sku_price_tiers_hub_id_sku_id_min_quantity_pk" PRIMARY KEY("hub_id","sku_id","min_quantity"),
	CONSTRAINT "sku_price_tiers_min_positive" CHECK ("sku_price_tiers"."min_quantity" >= 1),
	CONSTRAINT "sku_price_tiers_price_positive" CHECK ("sku_price_tiers"."price_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "skus" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"code" text NOT NULL,
	"barcode" text,
	"option_values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"weight_grams" integer DEFAULT 0 NOT NULL,
	"length_mm" integer,
	"width_mm" integer,
	"height_mm" integer,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"dropship_price_fen" integer,
	"retail_price_fen" integer,
	"clearance_quantity" integer DEFAULT 0 NOT NULL,
	"clearance_price_fen" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skus_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "skus_code_format" CHECK (length("skus"."code") between 1 and 64 and "skus"."code" !~ '\s'),
	CONSTRAINT "skus_on_hand_not_negative" CHECK ("skus"."on_hand" >= 0),
	CONSTRAINT "skus_reserved_not_negative" CHECK ("skus"."reserved" >= 0),
	CONSTRAINT "skus_reserved_within_on_hand" CHECK ("skus"."reserved" <= "skus"."on_hand"),
	CONSTRAINT "skus_weight_not_negative" CHECK ("skus"."weight_grams" >= 0),
	CONSTRAINT "skus_sizes_positive" CHECK (coalesce("skus"."length_mm", 1) > 0 and coalesce("skus"."width_mm", 1) > 0 and coalesce("skus"."height_mm", 1) > 0),
	CONSTRAINT "skus_prices_not_negative" CHECK (coalesce("skus"."dropship_price_fen", 0) >= 0 and coalesce("skus"."retail_price_fen", 0) >= 0 and coalesce("skus"."clearance_price_fen", 0) >= 0),
	CONSTRAINT "skus_clearance_complete" CHECK ("skus"."clearance_quantity" >= 0 and ("skus"."clearance_quantity" = 0 or "skus"."clearance_price_fen" is not null))
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_hub_id_parent_id_categories_hub_id_id_fk" FOREIGN KEY ("hub_id","parent_id") REFERENCES "public"."categories"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pictures" ADD CONSTRAINT "product_pictures_hub_id_product_id_products_hub_id_id_fk" FOREIGN KEY ("hub_id","product_id") REFERENCES "public"."products"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pictures" ADD CONSTRAINT "product_pictures_hub_id_sha256_pictures_hub_id_sha256_fk" FOREIGN KEY ("hub_id","sha256") REFERENCES "public"."pictures"("hub_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_hub_id_supplier_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","supplier_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_hub_id_category_id_categories_hub_id_id_fk" FOREIGN KEY ("hub_id","category_id") REFERENCES "public"."categories"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sku_price_tiers" ADD CONSTRAINT "sku_price_tiers_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skus" ADD CONSTRAINT "skus_hub_id_product_id_products_hub_id_id_fk" FOREIGN KEY ("hub_id","product_id") REFERENCES "public"."products"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_hub_parent_name_key" ON "categories" USING btree ("hub_id",coalesce("parent_id", '00000000-0000-0000-0000-000000000000'),"name");--> statement-breakpoint
CREATE INDEX "products_hub_supplier_idx" ON "products" USING btree ("hub_id","supplier_id","created_at");--> statement-breakpoint
CREATE INDEX "products_hub_status_created_idx" ON "products" USING btree ("hub_id","status","created_at");--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_title_trgm_idx" ON "products" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "skus_supplier_code_key" ON "skus" USING btree ("hub_id","supplier_id","code");--> statement-breakpoint
CREATE INDEX "skus_product_idx" ON "skus" USING btree ("hub_id","product_id","position");--> statement-breakpoint
CREATE INDEX "skus_code_trgm_idx" ON "skus" USING gin ("code" gin_trgm_ops);