CREATE TYPE "public"."allocation_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."tracking_source" AS ENUM('scan', 'csv', 'webhook');--> statement-breakpoint
CREATE TYPE "public"."tracking_status" AS ENUM('pending', 'collected', 'in_transit', 'out_for_delivery', 'delivered', 'problem', 'returned');--> statement-breakpoint
CREATE TABLE "allocation_runs" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"business_date" date NOT NULL,
	"status" "allocation_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"summary" jsonb,
	"error" text,
	CONSTRAINT "allocation_runs_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "carrier_contracts" (
	"hub_id" uuid NOT NULL,
	"carrier_code" text NOT NULL,
	"card" jsonb NOT NULL,
	"station_id" uuid,
	"webhook_secret" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_contracts_hub_id_carrier_code_pk" PRIMARY KEY("hub_id","carrier_code")
);
--> statement-breakpoint
CREATE TABLE "carrier_preferences" (
	"hub_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"carriers" text[] NOT NULL,
	CONSTRAINT "carrier_preferences_hub_id_shop_id_pk" PRIMARY KEY("hub_id","shop_id"),
	CONSTRAINT "carrier_preferences_not_empty" CHECK (cardinality("carrier_preferences"."carriers") >= 1)
);
--> statement-breakpoint
CREATE TABLE "tracking_events" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parcel_id" uuid NOT NULL,
	"status" "tracking_status" NOT NULL,
	"carrier_status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"source" "tracking_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tracking_events_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "tracking_events_once" UNIQUE("hub_id","parcel_id","status","occurred_at")
);
--> statement-breakpoint
CREATE TABLE "waybill_number_ranges" (
	"carrier_code" text PRIMARY KEY NOT NULL,
	"next" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waybills" (
	"hub_id" uuid NOT NULL,
	"parcel_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"carrier_code" text NOT NULL,
	"tracking_number" text NOT NULL,
	"allocation_id" uuid NOT NULL,
	"list_fen" integer NOT NULL,
	"discount_fen" integer NOT NULL,
	"price_fen" integer NOT NULL,
	"status" "tracking_status" DEFAULT 'pending' NOT NULL,
	"printed_at" timestamp with time zone,
	"collected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waybills_hub_id_parcel_id_pk" PRIMARY KEY("hub_id","parcel_id"),
	CONSTRAINT "waybills_tracking_key" UNIQUE("carrier_code","tracking_number"),
	CONSTRAINT "waybills_prices" CHECK ("waybills"."discount_fen" >= 0 and "waybills"."price_fen" = "waybills"."list_fen" - "waybills"."discount_fen")
);
--> statement-breakpoint
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_contracts" ADD CONSTRAINT "carrier_contracts_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_contracts" ADD CONSTRAINT "carrier_contracts_hub_id_station_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","station_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_preferences" ADD CONSTRAINT "carrier_preferences_hub_id_shop_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","shop_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_hub_id_parcel_id_waybills_hub_id_parcel_id_fk" FOREIGN KEY ("hub_id","parcel_id") REFERENCES "public"."waybills"("hub_id","parcel_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waybills" ADD CONSTRAINT "waybills_hub_id_parcel_id_parcels_hub_id_id_fk" FOREIGN KEY ("hub_id","parcel_id") REFERENCES "public"."parcels"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waybills" ADD CONSTRAINT "waybills_hub_id_allocation_id_allocation_runs_hub_id_id_fk" FOREIGN KEY ("hub_id","allocation_id") REFERENCES "public"."allocation_runs"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_runs_day_idx" ON "allocation_runs" USING btree ("hub_id","business_date","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_runs_one_running" ON "allocation_runs" USING btree ("hub_id","business_date") WHERE "allocation_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "waybills_number_idx" ON "waybills" USING btree ("hub_id","tracking_number");--> statement-breakpoint
CREATE INDEX "waybills_day_idx" ON "waybills" USING btree ("hub_id","business_date","carrier_code");