CREATE TABLE "sign_in_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"identifier_hash" text NOT NULL,
	"address_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_requests_identifier_idx" ON "sign_in_requests" USING btree ("identifier_hash","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_requests_address_idx" ON "sign_in_requests" USING btree ("address_hash","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_requests_created_idx" ON "sign_in_requests" USING btree ("created_at");