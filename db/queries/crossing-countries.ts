/**
 * Every country code that appears on a side of a crossing. The production server reads it at
 * start to compute those countries' public holidays ahead of need (server/http/serve.ts).
 * No "server-only" here: the server process imports it outside React's server bundle.
 */
import { union } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { crossings } from "@/db/schema";

export async function crossingCountries(db: Db): Promise<string[]> {
  const rows = await union(db.select({ country: crossings.countryA }).from(crossings), db.select({ country: crossings.countryB }).from(crossings));
  return rows.map((row) => row.country);
}
