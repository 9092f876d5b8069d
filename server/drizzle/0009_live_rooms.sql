CREATE TYPE "public"."live_room_status" AS ENUM('scheduled', 'live', 'ended');--> statement-breakpoint
CREATE TABLE "live_buyer_addresses" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"buyer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_buyer_addresses_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "live_buyer_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"hub_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_buyers" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_buyers_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "live_buyers_phone_key" UNIQUE("hub_id","phone"),
	CONSTRAINT "live_buyers_phone_shape" CHECK ("live_buyers"."phone" ~ '^1[3-9][0-9]{9}$')
);
--> statement-breakpoint
CREATE TABLE "live_comments" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_comments_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "live_comments_length" CHECK (length("live_comments"."text") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "live_draws" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"prize" text NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"winner_count" integer NOT NULL,
	"seed" text NOT NULL,
	"entrants" jsonb NOT NULL,
	"winners" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_draws_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "live_draws_winners" CHECK ("live_draws"."winner_count" between 1 and 100),
	CONSTRAINT "live_draws_window" CHECK ("live_draws"."window_to" > "live_draws"."window_from")
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"sku_id" uuid,
	"deal_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "live_events_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "live_events_kind" CHECK ("live_events"."kind" in ('started', 'pinned', 'unpinned', 'deal_launched', 'sold_out', 'draw', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "live_room_items" (
	"hub_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"sku_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "live_room_items_hub_id_room_id_sku_id_pk" PRIMARY KEY("hub_id","room_id","sku_id")
);
--> statement-breakpoint
CREATE TABLE "live_rooms" (
	"hub_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"title" text NOT NULL,
	"cover_sha256" text,
	"stream_url" text,
	"anchors" text[] DEFAULT '{}'::text[] NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"status" "live_room_status" DEFAULT 'scheduled' NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"pinned_sku_id" uuid,
	"peak_viewers" integer DEFAULT 0 NOT NULL,
	"likes" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_rooms_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "live_rooms_id_key" UNIQUE("id"),
	CONSTRAINT "live_rooms_title_present" CHECK (length("live_rooms"."title") between 1 and 60),
	CONSTRAINT "live_rooms_counters" CHECK ("live_rooms"."peak_viewers" >= 0 and "live_rooms"."likes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "live_sign_in_codes" (
	"hub_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "live_sign_in_codes_hub_id_phone_pk" PRIMARY KEY("hub_id","phone")
);
--> statement-breakpoint
CREATE TABLE "live_views" (
	"hub_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"viewer" text NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_views_hub_id_room_id_viewer_pk" PRIMARY KEY("hub_id","room_id","viewer")
);
--> statement-breakpoint
ALTER TABLE "flash_claims" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "flash_claims" ADD COLUMN "payment_ref" text;--> statement-breakpoint
ALTER TABLE "flash_claims" ADD COLUMN "address_id" uuid;--> statement-breakpoint
ALTER TABLE "flash_claims" ADD COLUMN "order_id" uuid;--> statement-breakpoint
ALTER TABLE "flash_deals" ADD COLUMN "room_id" uuid;--> statement-breakpoint
ALTER TABLE "flash_deals" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "live_buyer_addresses" ADD CONSTRAINT "live_buyer_addresses_hub_id_buyer_id_live_buyers_hub_id_id_fk" FOREIGN KEY ("hub_id","buyer_id") REFERENCES "public"."live_buyers"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_buyer_sessions" ADD CONSTRAINT "live_buyer_sessions_hub_id_buyer_id_live_buyers_hub_id_id_fk" FOREIGN KEY ("hub_id","buyer_id") REFERENCES "public"."live_buyers"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_buyers" ADD CONSTRAINT "live_buyers_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_comments" ADD CONSTRAINT "live_comments_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_draws" ADD CONSTRAINT "live_draws_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_room_items" ADD CONSTRAINT "live_room_items_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_room_items" ADD CONSTRAINT "live_room_items_hub_id_sku_id_skus_hub_id_id_fk" FOREIGN KEY ("hub_id","sku_id") REFERENCES "public"."skus"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_hub_id_hubs_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_hub_id_seller_id_organisations_hub_id_id_fk" FOREIGN KEY ("hub_id","seller_id") REFERENCES "public"."organisations"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_views" ADD CONSTRAINT "live_views_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_buyer_addresses_buyer_idx" ON "live_buyer_addresses" USING btree ("hub_id","buyer_id");--> statement-breakpoint
CREATE INDEX "live_comments_room_idx" ON "live_comments" USING btree ("hub_id","room_id","created_at");--> statement-breakpoint
CREATE INDEX "live_events_room_idx" ON "live_events" USING btree ("hub_id","room_id","at");--> statement-breakpoint
CREATE INDEX "live_rooms_seller_idx" ON "live_rooms" USING btree ("hub_id","seller_id","scheduled_at");--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_hub_id_room_id_live_rooms_hub_id_id_fk" FOREIGN KEY ("hub_id","room_id") REFERENCES "public"."live_rooms"("hub_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flash_claims_unpaid_idx" ON "flash_claims" USING btree ("pay_by") WHERE "flash_claims"."status" = 'accepted';--> statement-breakpoint
CREATE INDEX "flash_claims_buyer_idx" ON "flash_claims" USING btree ("hub_id","buyer_id","created_at");--> statement-breakpoint
CREATE INDEX "flash_deals_room_idx" ON "flash_deals" USING btree ("hub_id","room_id");--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_id_key" UNIQUE("id");--> statement-breakpoint
ALTER TABLE "flash_claims" ADD CONSTRAINT "flash_claims_paid_complete" CHECK (("flash_claims"."status" = 'paid') = ("flash_claims"."paid_at" is not null));--> statement-breakpoint
ALTER TABLE "flash_deals" ADD CONSTRAINT "flash_deals_code_shape" CHECK ("flash_deals"."code" is null or "flash_deals"."code" ~ '^[0-9A-Za-z]{1,8}$');