CREATE TYPE "public"."flash_claim_status" AS ENUM('accepted', 'paid', 'expired');--> statement-breakpoint
CREATE TABLE "flash_claims" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"buyer_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "flash_claim_status" DEFAULT 'accepted' NOT NULL,
	"pay_by" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flash_claims_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "flash_claims_request_key" UNIQUE("deal_id","buyer_id","idempotency_key"),
	CONSTRAINT "flash_claims_quantity_positive" CHECK ("flash_claims"."quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "flash_deals" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"deal_price_fen" integer NOT NULL,
	"quantity" integer NOT NULL,
	"per_buyer_limit" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flash_deals_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "flash_deals_quantity_positive" CHECK ("flash_deals"."quantity" >= 1),
	CONSTRAINT "flash_deals_limit_positive" CHECK ("flash_deals"."per_buyer_limit" >= 1),
	CONSTRAINT "flash_deals_price_not_negative" CHECK ("flash_deals"."deal_price_fen" >= 0),
	CONSTRAINT "flash_deals_window" CHECK ("flash_deals"."ends_at" > "flash_deals"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "flash_claims" ADD CONSTRAINT "flash_claims_hub_id_deal_id_flash_deals_hub_id_id_fk" FOREIGN KEY ("hub_id","deal_id") REFERENCES "public"."flash_deals"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_hub_id_seller_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","seller_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flash_claims_deal_idx" ON "flash_claims" USING btree ("hub_id","deal_id","status");