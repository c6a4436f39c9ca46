import "server-only";
/**
 * The Atom feeds, cached like the pages (db/cache-bus.ts): a crossing's feed carries its
 * crossing's tag, a country's feed the tags of every crossing on that border, so a report,
 * vote or edit at one crossing drops the feeds that show it, on every instance (NOTIFY), and
 * moderation or a baseline edit (tag ALL) drops them all. An entry lives FEED_TTL_MS at most
 * (the 30-day window slides) and never past the next change the feed would show by itself
 * (a notice starting or ending: lib/feeds/build.ts nextFeedChange), as the status cache stops
 * at the next scheduled change.
 *
 * One entry per feed, whatever the Host header says: the body is built with a placeholder
 * origin, unguessable so no report text can contain it, replaced per request by the
 * request's (validated) origin — junk Host headers cannot fill the cache.
 */
import { randomUUID } from "node:crypto";
import { appCache, ALL, crossingTag } from "@/db/cache-bus";
import { crossingRecords } from "@/db/queries/current";
import { loadCountryFeed, loadCrossingFeed } from "@/db/queries/feeds";
import type { CountryCode } from "@/lib/baseline/schema";
import { atomFeed } from "@/lib/feeds/atom";
import { countryFeed, crossingFeed, nextFeedChange } from "@/lib/feeds/build";

export const FEED_TTL_MS = 5 * 60_000;
const PLACEHOLDER_ORIGIN = `https://o${randomUUID().replaceAll("-", "")}.invalid`;

interface CachedFeed {
  body: string;
  expiresAt: Date | null;
}

const withOrigin = (feed: CachedFeed, origin: string) => feed.body.replaceAll(PLACEHOLDER_ORIGIN, origin);

/** Thrown when the client went away before the work began: nothing is built for nobody. */
export class ClientGoneError extends Error {
  constructor() {
    super("The client has gone.");
  }
}

/** A crossing's feed as Atom XML, or null when there is no such crossing. */
export async function crossingFeedNow(slug: string, origin: string, signal?: AbortSignal): Promise<string | null> {
  const record = (await crossingRecords()).find((candidate) => candidate.slug === slug);
  if (!record) return null;
  if (signal?.aborted) throw new ClientGoneError();
  const feed = await appCache().get<CachedFeed | null>(
    `feed:crossing:${record.id}`,
    { tags: [ALL, crossingTag(record.id)], ttlMs: FEED_TTL_MS, expiresAt: (value) => value?.expiresAt ?? null },
    async () => {
      const now = new Date();
      const crossing = await loadCrossingFeed(slug, now);
      if (!crossing) return null;
      return { body: atomFeed(crossingFeed(crossing, { origin: PLACEHOLDER_ORIGIN, now })), expiresAt: nextFeedChange([crossing], now) };
    },
  );
  return feed ? withOrigin(feed, origin) : null;
}

/** A country's feed as Atom XML (every crossing on its borders), or null when no crossing has
 * the country on a side (any ISO code is a country, but only those with a crossing have a feed). */
export async function countryFeedNow(country: CountryCode, origin: string, signal?: AbortSignal): Promise<string | null> {
  const ids = (await crossingRecords()).filter((record) => record.baseline.sides.some((side) => side.country === country)).map((record) => record.id);
  if (!ids.length) return null;
  if (signal?.aborted) throw new ClientGoneError();
  const feed = await appCache().get<CachedFeed>(
    `feed:country:${country}`,
    { tags: [ALL, ...ids.map(crossingTag)], ttlMs: FEED_TTL_MS, expiresAt: (value) => value.expiresAt },
    async () => {
      const now = new Date();
      const crossings = await loadCountryFeed(country, now);
      return { body: atomFeed(countryFeed(country, crossings, { origin: PLACEHOLDER_ORIGIN, now })), expiresAt: nextFeedChange(crossings, now) };
    },
  );
  return withOrigin(feed, origin);
}
