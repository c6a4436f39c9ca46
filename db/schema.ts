/**
 * Tables. snake_case columns; indexes beside their table. The baseline of a crossing is a
 * zod-validated JSON document (lib/baseline/schema.ts) because every fact in it carries its
 * own sources and alternatives; the columns beside it (countries, location) are derived from
 * it for filtering and sorting.
 */
import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import type { CrossingBaseline } from "@/lib/baseline/schema";

export const sources = pgTable("sources", {
  key: text("key").primaryKey(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  kind: text("kind", { enum: ["document", "official", "editorial", "moderator"] }).notNull(),
  url: text("url"),
  seedFile: text("seed_file"),
  asOf: text("as_of").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export type SourceRow = typeof sources.$inferSelect;

export const crossings = pgTable(
  "crossings",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru"),
    countryA: text("country_a").notNull(),
    countryB: text("country_b").notNull(),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
    /** The baseline in force: the seed's, until a moderator revises it. */
    baseline: jsonb("baseline").$type<CrossingBaseline>().notNull(),
    /** What the seed data says now, kept even when a moderator's revision is in force. */
    seedBaseline: jsonb("seed_baseline").$type<CrossingBaseline>().notNull(),
    /** "seed" while the seed owns the baseline; "revision" once a moderator has edited it,
     * after which re-running the seed updates only seed_baseline. */
    baselineOrigin: text("baseline_origin", { enum: ["seed", "revision"] }).notNull().default("seed"),
    /** Bumped on every baseline change: caches and ETags key on it. */
    baselineVersion: integer("baseline_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("crossings_countries_idx").on(table.countryA, table.countryB),
    index("crossings_name_idx").on(sql`lower(${table.nameEn})`),
  ],
);
export type CrossingRow = typeof crossings.$inferSelect;
