CREATE TYPE "public"."fulfilment" AS ENUM('pickup', 'dropship');--> statement-breakpoint
CREATE TYPE "public"."order_line_status" AS ENUM('reserved', 'backordered', 'ordered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."order_platform" AS ENUM('taobao', 'shopify', 'manual', 'api', 'live');--> statement-breakpoint
CREATE TYPE "public"."parcel_status" AS ENUM('awaiting_carrier', 'allocated', 'collected', 'delivered');--> statement-breakpoint
CREATE TYPE "public"."purchase_order_status" AS ENUM('open', 'confirmed', 'ready', 'collected', 'shipped');--> statement-breakpoint
CREATE TABLE "cutoff_runs" (
	"hub_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "cutoff_runs_hub_id_business_date_pk" PRIMARY KEY("hub_id","business_date")
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_fen" integer NOT NULL,
	"status" "order_line_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_lines_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "order_lines_position_key" UNIQUE("hub_id","order_id","position"),
	CONSTRAINT "order_lines_quantity_positive" CHECK ("order_lines"."quantity" >= 1),
	CONSTRAINT "order_lines_price_not_negative" CHECK ("order_lines"."unit_price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "order_requests" (
	"hub_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"order_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_requests_hub_id_shop_id_key_pk" PRIMARY KEY("hub_id","shop_id","key")
);
--> statement-breakpoint
CREATE TABLE "order_settings" (
	"hub_id" uuid PRIMARY KEY NOT NULL,
	"cutoff_time" time DEFAULT '16:00' NOT NULL,
	"default_mode" "fulfilment" DEFAULT 'dropship' NOT NULL,
	"supplier_modes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"platform" "order_platform" NOT NULL,
	"platform_order_number" text NOT NULL,
	"buyer_name" text NOT NULL,
	"buyer_phone" text NOT NULL,
	"province_code" text NOT NULL,
	"province" text NOT NULL,
	"city_code" text NOT NULL,
	"city" text NOT NULL,
	"district_code" text,
	"district" text,
	"address_detail" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"total_fen" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "orders_platform_number_key" UNIQUE("hub_id","shop_id","platform","platform_order_number"),
	CONSTRAINT "orders_total_not_negative" CHECK (coalesce("orders"."total_fen", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "parcels" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"sender_id" uuid NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"weight_grams" integer NOT NULL,
	"province_code" text NOT NULL,
	"city_code" text NOT NULL,
	"business_date" date NOT NULL,
	"status" "parcel_status" DEFAULT 'awaiting_carrier' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parcels_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "parcels_weight_positive" CHECK ("parcels"."weight_grams" >= 1)
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"hub_id" uuid NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"short_quantity" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "purchase_order_lines_hub_id_order_line_id_pk" PRIMARY KEY("hub_id","order_line_id"),
	CONSTRAINT "purchase_order_lines_quantity_positive" CHECK ("purchase_order_lines"."quantity" >= 1),
	CONSTRAINT "purchase_order_lines_cost_not_negative" CHECK ("purchase_order_lines"."unit_cost_fen" >= 0),
	CONSTRAINT "purchase_order_lines_short_within" CHECK ("purchase_order_lines"."short_quantity" between 0 and "purchase_order_lines"."quantity")
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"business_date" date NOT NULL,
	"supplier_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"mode" "fulfilment" NOT NULL,
	"status" "purchase_order_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "purchase_orders_day_key" UNIQUE("hub_id","business_date","supplier_id","shop_id"),
	CONSTRAINT "purchase_orders_number_key" UNIQUE("hub_id","number")
);
--> statement-breakpoint
ALTER TABLE "cutoff_runs" ADD CONSTRAINT "cutoff_runs_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_hub_id_order_id_orders_hub_id_id_fk" FOREIGN KEY ("hub_id","order_id") REFERENCES "public"."orders"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_hub_id_supplier_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","supplier_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_requests" ADD CONSTRAINT "order_requests_hub_id_order_id_orders_hub_id_id_fk" FOREIGN KEY ("hub_id","order_id") REFERENCES "public"."orders"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_settings" ADD CONSTRAINT "order_settings_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_hub_id_order_id_orders_hub_id_id_fk" FOREIGN KEY ("hub_id","order_id") REFERENCES "public"."orders"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcels" ADD CONSTRAINT "parcels_hub_id_purchase_order_id_purchase_orders_hub_id_id_fk" FOREIGN KEY ("hub_id","purchase_order_id") REFERENCES "public"."purchase_orders"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_hub_id_purchase_order_id_purchase_orders_hub_id_id_fk" FOREIGN KEY ("hub_id","purchase_order_id") REFERENCES "public"."purchase_orders"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_hub_id_supplier_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","supplier_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_lines_backorders_idx" ON "order_lines" USING btree ("hub_id","sku_id","created_at") WHERE "order_lines"."status" = 'backordered';--> statement-breakpoint
CREATE INDEX "order_lines_reserved_idx" ON "order_lines" USING btree ("hub_id","supplier_id") WHERE "order_lines"."status" = 'reserved';--> statement-breakpoint
CREATE INDEX "orders_shop_placed_idx" ON "orders" USING btree ("hub_id","shop_id","placed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "parcels_order_po_key" ON "parcels" USING btree ("hub_id","order_id","purchase_order_id");--> statement-breakpoint
CREATE INDEX "parcels_day_idx" ON "parcels" USING btree ("hub_id","business_date","status");--> statement-breakpoint
CREATE INDEX "purchase_order_lines_po_idx" ON "purchase_order_lines" USING btree ("hub_id","purchase_order_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_shop_idx" ON "purchase_orders" USING btree ("hub_id","shop_id","business_date");