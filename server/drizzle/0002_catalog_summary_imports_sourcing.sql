CREATE TYPE "public"."import_status" AS ENUM('checking', 'checked', 'applying', 'applied', 'failed');--> statement-breakpoint
CREATE TYPE "public"."alert_kind" AS ENUM('price_changed', 'out_of_stock', 'back_in_stock', 'archived');--> statement-breakpoint
CREATE TABLE "catalog_imports" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"status" "import_status" DEFAULT 'checking' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "catalog_imports_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "catalog_imports_progress" CHECK ("catalog_imports"."processed_rows" between 0 and greatest("catalog_imports"."total_rows", "catalog_imports"."processed_rows"))
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "alert_kind" NOT NULL,
	"product_id" uuid NOT NULL,
	"sku_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "alerts_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "picks" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"sku_id" uuid,
	"title_override" text,
	"price_override_fen" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "picks_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "picks_price_override_positive" CHECK (coalesce("picks"."price_override_fen", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "price_rules" (
	"hub_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_rules_hub_id_shop_id_pk" PRIMARY KEY("hub_id","shop_id")
);
--> statement-breakpoint
CREATE TABLE "stock_feeds" (
	"hub_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_feeds_hub_id_shop_id_pk" PRIMARY KEY("hub_id","shop_id")
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "price_fen" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "dropship_price_fen" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "available" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "clearance_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_hub_id_supplier_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","supplier_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_hub_id_org_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","org_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picks" ADD CONSTRAINT "picks_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picks" ADD CONSTRAINT "picks_hub_id_product_id_products_hub_id_id_fk" FOREIGN KEY ("hub_id","product_id") REFERENCES "public"."products"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picks" ADD CONSTRAINT "picks_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_rules" ADD CONSTRAINT "price_rules_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_feeds" ADD CONSTRAINT "stock_feeds_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_imports_supplier_idx" ON "catalog_imports" USING btree ("hub_id","supplier_id","created_at");--> statement-breakpoint
CREATE INDEX "alerts_inbox_idx" ON "alerts" USING btree ("hub_id","org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "picks_shop_product_sku_key" ON "picks" USING btree ("hub_id","shop_id","product_id",coalesce("sku_id", '00000000-0000-0000-0000-000000000000'));--> statement-breakpoint
CREATE INDEX "picks_product_idx" ON "picks" USING btree ("hub_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_feeds_token_key" ON "stock_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "products_hub_status_price_idx" ON "products" USING btree ("hub_id","status","price_fen");--> statement-breakpoint
CREATE INDEX "products_hub_status_sales_idx" ON "products" USING btree ("hub_id","status","sales_count");