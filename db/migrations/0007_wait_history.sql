CREATE TABLE "wait_history" (
	"crossing_id" integer NOT NULL,
	"direction" text NOT NULL,
	"hour_of_week" integer NOT NULL,
	"wait_bucket" integer NOT NULL,
	"reports" integer NOT NULL,
	CONSTRAINT "wait_history_pkey" PRIMARY KEY("crossing_id","direction","hour_of_week","wait_bucket")
);
--> statement-breakpoint
CREATE TABLE "wait_history_window" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"since" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wait_history" ADD CONSTRAINT "wait_history_crossing_id_crossings_id_fk" FOREIGN KEY ("crossing_id") REFERENCES "public"."crossings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_observed_id_idx" ON "reports" USING btree ("observed_at","id");--> statement-breakpoint
-- Written by hand below this line (drizzle-kit does not generate functions or triggers).
-- The zone of the side a direction leaves from: the typical wait is by its wall clock.
CREATE FUNCTION "wait_history_zone"("baseline" jsonb, "direction" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT "baseline" -> 'sides' -> (CASE WHEN "direction" = 'a-b' THEN 0 ELSE 1 END) ->> 'timeZone'
$$;--> statement-breakpoint
-- The bucket a wait falls in, by its lower bound: 5 minutes under an hour, 15 up to three
-- hours, 30 beyond (lib/history/wait-profile.ts waitBucket says the same).
CREATE FUNCTION "wait_history_bucket"("minutes" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN "minutes" < 60 THEN "minutes" - "minutes" % 5 WHEN "minutes" < 180 THEN "minutes" - "minutes" % 15 ELSE "minutes" - "minutes" % 30 END
$$;--> statement-breakpoint
-- The hour of the week, 0 = Sunday 00:00 local (as lib/history/wait-profile.ts counts).
CREATE FUNCTION "wait_history_hour"("observed" timestamptz, "zone" text) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT (extract(dow FROM "observed" AT TIME ZONE "zone") * 24 + extract(hour FROM "observed" AT TIME ZONE "zone"))::integer
$$;--> statement-breakpoint
-- Recounts one crossing's rows (or every crossing's, with null) from its reports.
CREATE FUNCTION "wait_history_rebuild"("crossing" integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR UPDATE;
  DELETE FROM "wait_history" h WHERE "crossing" IS NULL OR h."crossing_id" = "crossing";
  INSERT INTO "wait_history" ("crossing_id", "direction", "hour_of_week", "wait_bucket", "reports")
  SELECT r."crossing_id", r."direction", wait_history_hour(r."observed_at", wait_history_zone(c."baseline", r."direction")), wait_history_bucket(r."wait_minutes"), count(*)::integer
  FROM "reports" r JOIN "crossings" c ON c."id" = r."crossing_id"
  WHERE ("crossing" IS NULL OR r."crossing_id" = "crossing")
    AND r."hidden" = false AND r."withdrawn_at" IS NULL AND r."wait_minutes" IS NOT NULL AND r."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4;
END $$;--> statement-breakpoint
-- Moves the window's start on to "until": reports observed before it stop counting.
CREATE FUNCTION "wait_history_age"("until" timestamptz) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR UPDATE;
  IF window_since >= "until" THEN RETURN false; END IF;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "wait_bucket", "reports")
  SELECT r."crossing_id", r."direction", wait_history_hour(r."observed_at", wait_history_zone(c."baseline", r."direction")), wait_history_bucket(r."wait_minutes"), -count(*)::integer
  FROM "reports" r JOIN "crossings" c ON c."id" = r."crossing_id"
  WHERE r."hidden" = false AND r."withdrawn_at" IS NULL AND r."wait_minutes" IS NOT NULL AND r."observed_at" >= window_since AND r."observed_at" < "until"
  GROUP BY 1, 2, 3, 4
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  DELETE FROM "wait_history" WHERE "reports" <= 0;
  UPDATE "wait_history_window" SET "since" = "until" WHERE "id" = 1;
  RETURN true;
END $$;--> statement-breakpoint
-- Every write to reports (insert, edit, withdraw, hide, restore, delete — by any path) moves
-- the counts in the same transaction: one statement-level trigger per operation, on the
-- statement's transition tables (a million-row insert is one grouped upsert). A report counts
-- when visible, with a wait, observed since the window's start; the window row is locked
-- FOR SHARE, so ageing (FOR UPDATE) cannot interleave with a write.
CREATE FUNCTION "wait_history_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT n."crossing_id", n."direction", n."observed_at", n."wait_minutes", n."hidden", n."withdrawn_at", 1 AS "sign" FROM "new_rows" n
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "wait_history_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT n."crossing_id", n."direction", n."observed_at", n."wait_minutes", n."hidden", n."withdrawn_at", 1 AS "sign" FROM "new_rows" n
    UNION ALL
    SELECT o."crossing_id", o."direction", o."observed_at", o."wait_minutes", o."hidden", o."withdrawn_at", -1 AS "sign" FROM "old_rows" o
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "wait_history_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT o."crossing_id", o."direction", o."observed_at", o."wait_minutes", o."hidden", o."withdrawn_at", -1 AS "sign" FROM "old_rows" o
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "reports_wait_history_insert" AFTER INSERT ON "reports" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "wait_history_on_insert"();--> statement-breakpoint
CREATE TRIGGER "reports_wait_history_update" AFTER UPDATE ON "reports" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "wait_history_on_update"();--> statement-breakpoint
CREATE TRIGGER "reports_wait_history_delete" AFTER DELETE ON "reports" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "wait_history_on_delete"();--> statement-breakpoint
-- A baseline edit that moves a side to another zone moves its reports' hours: recount them.
CREATE FUNCTION "wait_history_on_zone_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM wait_history_rebuild(NEW."id");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "crossings_wait_history_zone" AFTER UPDATE OF "baseline" ON "crossings" FOR EACH ROW
  WHEN (wait_history_zone(OLD."baseline", 'a-b') IS DISTINCT FROM wait_history_zone(NEW."baseline", 'a-b') OR wait_history_zone(OLD."baseline", 'b-a') IS DISTINCT FROM wait_history_zone(NEW."baseline", 'b-a'))
  EXECUTE FUNCTION "wait_history_on_zone_change"();--> statement-breakpoint
-- The backfill: the last year of existing reports.
INSERT INTO "wait_history_window" ("id", "since") VALUES (1, date_trunc('hour', now()) - interval '365 days');--> statement-breakpoint
SELECT wait_history_rebuild(NULL);
