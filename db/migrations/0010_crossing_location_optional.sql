-- A crossing's location is optional: coordinates come only from a source that gives them, so a
-- crossing without one has no lat/lon (lib/baseline/facts.ts crossingLocation; docs/data.md).
ALTER TABLE "crossings" ALTER COLUMN "lat" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "crossings" ALTER COLUMN "lon" DROP NOT NULL;