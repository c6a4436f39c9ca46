CREATE TABLE "alert_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event_key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"crossing_id" integer NOT NULL,
	"kind" text NOT NULL,
	"wait_below" integer,
	"direction" text,
	"unsubscribe_hash" text NOT NULL,
	"last_seen" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unsubscribed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_subscription_id_alert_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."alert_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_subscriptions" ADD CONSTRAINT "alert_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_subscriptions" ADD CONSTRAINT "alert_subscriptions_crossing_id_crossings_id_fk" FOREIGN KEY ("crossing_id") REFERENCES "public"."crossings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_deliveries_event_idx" ON "alert_deliveries" USING btree ("subscription_id","event_key");--> statement-breakpoint
CREATE INDEX "alert_subscriptions_crossing_idx" ON "alert_subscriptions" USING btree ("crossing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_subscriptions_unsubscribe_idx" ON "alert_subscriptions" USING btree ("unsubscribe_hash");