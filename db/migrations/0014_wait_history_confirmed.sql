ALTER TABLE "reports" ADD COLUMN "unconfirmed_author" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Written by hand below this line. A report whose author could not decide alone when it was
-- submitted (a new or doubted account: lib/trust/standing.ts, set by db/queries/reports.ts
-- submitReport) no longer enters the typical-wait history unless a moderator verified it:
-- throwaway accounts could otherwise set "usually … at this hour" for a year. The functions of
-- 0009_wait_history_mode.sql, with that one condition added.
CREATE OR REPLACE FUNCTION "wait_history_rebuild"("crossing" integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR UPDATE;
  DELETE FROM "wait_history" h WHERE "crossing" IS NULL OR h."crossing_id" = "crossing";
  INSERT INTO "wait_history" ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket", "reports")
  SELECT r."crossing_id", r."direction", wait_history_hour(r."observed_at", wait_history_zone(c."baseline", r."direction")), r."mode", wait_history_bucket(r."wait_minutes"), count(*)::integer
  FROM "reports" r JOIN "crossings" c ON c."id" = r."crossing_id"
  WHERE ("crossing" IS NULL OR r."crossing_id" = "crossing")
    AND r."hidden" = false AND r."withdrawn_at" IS NULL AND r."wait_minutes" IS NOT NULL AND (r."unconfirmed_author" = false OR r."verified" = true) AND r."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4, 5;
END $$;--> statement-breakpoint
-- Moves the window's start on to "until": reports observed before it stop counting.
CREATE OR REPLACE FUNCTION "wait_history_age"("until" timestamptz) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR UPDATE;
  IF window_since >= "until" THEN RETURN false; END IF;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket", "reports")
  SELECT r."crossing_id", r."direction", wait_history_hour(r."observed_at", wait_history_zone(c."baseline", r."direction")), r."mode", wait_history_bucket(r."wait_minutes"), -count(*)::integer
  FROM "reports" r JOIN "crossings" c ON c."id" = r."crossing_id"
  WHERE r."hidden" = false AND r."withdrawn_at" IS NULL AND r."wait_minutes" IS NOT NULL AND (r."unconfirmed_author" = false OR r."verified" = true) AND r."observed_at" >= window_since AND r."observed_at" < "until"
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  DELETE FROM "wait_history" WHERE "reports" <= 0;
  UPDATE "wait_history_window" SET "since" = "until" WHERE "id" = 1;
  RETURN true;
END $$;--> statement-breakpoint
-- Every write to reports (insert, edit, withdraw, hide, restore, delete — by any path) moves
-- the counts in the same transaction: one statement-level trigger per operation, on the
-- statement's transition tables (a million-row insert is one grouped upsert). A report counts
-- when visible, with a wait, observed since the window's start; the window row is locked
-- FOR SHARE, so ageing (FOR UPDATE) cannot interleave with a write.
CREATE OR REPLACE FUNCTION "wait_history_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), d."mode", wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT n."crossing_id", n."direction", n."mode", n."observed_at", n."wait_minutes", n."hidden", n."withdrawn_at", n."unconfirmed_author", n."verified", 1 AS "sign" FROM "new_rows" n
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND (d."unconfirmed_author" = false OR d."verified" = true) AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "wait_history_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), d."mode", wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT n."crossing_id", n."direction", n."mode", n."observed_at", n."wait_minutes", n."hidden", n."withdrawn_at", n."unconfirmed_author", n."verified", 1 AS "sign" FROM "new_rows" n
    UNION ALL
    SELECT o."crossing_id", o."direction", o."mode", o."observed_at", o."wait_minutes", o."hidden", o."withdrawn_at", o."unconfirmed_author", o."verified", -1 AS "sign" FROM "old_rows" o
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND (d."unconfirmed_author" = false OR d."verified" = true) AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "wait_history_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE window_since timestamptz;
BEGIN
  SELECT w."since" INTO window_since FROM "wait_history_window" w WHERE w."id" = 1 FOR SHARE;
  INSERT INTO "wait_history" AS h ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket", "reports")
  SELECT d."crossing_id", d."direction", wait_history_hour(d."observed_at", wait_history_zone(c."baseline", d."direction")), d."mode", wait_history_bucket(d."wait_minutes"), sum(d."sign")::integer
  FROM (
    SELECT o."crossing_id", o."direction", o."mode", o."observed_at", o."wait_minutes", o."hidden", o."withdrawn_at", o."unconfirmed_author", o."verified", -1 AS "sign" FROM "old_rows" o
  ) d JOIN "crossings" c ON c."id" = d."crossing_id"
  WHERE d."hidden" = false AND d."withdrawn_at" IS NULL AND d."wait_minutes" IS NOT NULL AND (d."unconfirmed_author" = false OR d."verified" = true) AND d."observed_at" >= window_since
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d."sign") <> 0
  ON CONFLICT ("crossing_id", "direction", "hour_of_week", "mode", "wait_bucket") DO UPDATE SET "reports" = h."reports" + excluded."reports";
  RETURN NULL;
END $$;--> statement-breakpoint
-- Reports submitted before this migration: judged by their author's account age at submission
-- alone (lib/trust/standing.ts NEW_ACCOUNT_DAYS; whether the account had a corroborated report
-- then is not reconstructed), moderators and admins as they are now; authorless reports (seeded,
-- or their account deleted) stay counted. Only those observed within the history's window (older
-- ones no longer count anywhere); the statement trigger above moves the counts, so no recount.
UPDATE "reports" r SET "unconfirmed_author" = true FROM "users" u, "wait_history_window" w
WHERE w."id" = 1 AND r."observed_at" >= w."since"
  AND u."id" = r."author_id" AND u."role" = 'traveller' AND r."submitted_at" < u."created_at" + interval '7 days';
