CREATE TABLE "crossings" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text,
	"country_a" text NOT NULL,
	"country_b" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"baseline" jsonb NOT NULL,
	"seed_baseline" jsonb NOT NULL,
	"baseline_origin" text DEFAULT 'seed' NOT NULL,
	"baseline_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crossings_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"key" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"seed_file" text,
	"as_of" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "crossings_countries_idx" ON "crossings" USING btree ("country_a","country_b");--> statement-breakpoint
CREATE INDEX "crossings_name_idx" ON "crossings" USING btree (lower("name_en"));