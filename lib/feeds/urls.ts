/**
 * Where the feeds live, their permanent ids, and the absolute URLs inside them. Pure.
 */
import type { Metadata } from "next";
import { countryCodes, type CountryCode } from "@/lib/baseline/schema";

export const ATOM_TYPE = "application/atom+xml";

/** Tag URIs (RFC 4151): ids that never change with the host a feed is read on. */
export const TAG_PREFIX = "tag:crossings,2026:";

export const feedIds = {
  crossingFeed: (slug: string) => `${TAG_PREFIX}feed/crossing/${slug}`,
  countryFeed: (country: CountryCode) => `${TAG_PREFIX}feed/country/${country.toLowerCase()}`,
  report: (id: string) => `${TAG_PREFIX}report/${id}`,
  notice: (id: string) => `${TAG_PREFIX}notice/${id}`,
  state: (slug: string, at: Date) => `${TAG_PREFIX}state/${slug}/${at.toISOString()}`,
};

export function crossingFeedPath(slug: string): string {
  return `/feeds/crossings/${slug}.atom`;
}

export function countryFeedPath(country: CountryCode): string {
  return `/feeds/countries/${country.toLowerCase()}.atom`;
}

/** "korday-ak-zhol.atom" → "korday-ak-zhol"; anything else → null (a 404). */
export function parseCrossingFeedFile(file: string): string | null {
  const match = /^([a-z0-9-]+)\.atom$/.exec(file);
  return match ? match[1]! : null;
}

/** "kg.atom" → "KG" for any ISO 3166-1 alpha-2 code; anything else → null (a 404). Whether the
 * country has a crossing is the caller's question (countryFeedNow: none, a 404 too). */
export function parseCountryFeedFile(file: string): CountryCode | null {
  const match = /^([a-z]{2})\.atom$/.exec(file);
  if (!match) return null;
  const code = match[1]!.toUpperCase();
  return (countryCodes as readonly string[]).includes(code) ? (code as CountryCode) : null;
}

/**
 * The `<link rel="alternate" type="application/atom+xml">` a crossing's page should carry,
 * so browsers and feed readers find its feed. Relative: the page resolves it.
 */
export function feedLinkFor(slug: string, crossingName?: string): { rel: "alternate"; type: typeof ATOM_TYPE; href: string; title: string } {
  return {
    rel: "alternate",
    type: ATOM_TYPE,
    href: crossingFeedPath(slug),
    title: crossingName ? `${crossingName}: reports, notices and state changes (Atom)` : "Reports, notices and state changes (Atom)",
  };
}

/** The same link as Next.js metadata: `alternates: feedAlternatesFor(slug, name)` in generateMetadata. */
export function feedAlternatesFor(slug: string, crossingName?: string): NonNullable<Metadata["alternates"]> {
  const link = feedLinkFor(slug, crossingName);
  return { types: { [ATOM_TYPE]: [{ url: link.href, title: link.title }] } };
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The site's origin for absolute URLs in a feed: AUTH_URL when set (the public origin the
 * operator configured), else the Host the client asked for (like the sign-in route: Next.js
 * may report the address it listens on, 0.0.0.0, in request.url), else request.url's own.
 * Never X-Forwarded-Host, which any client can send.
 */
export function siteOrigin(input: { requestUrl: string; host: string | null; authUrl?: string | undefined }): string {
  if (input.authUrl) return new URL(input.authUrl).origin;
  const url = new URL(input.requestUrl);
  if (input.host && HOST.test(input.host)) return `${url.protocol}//${input.host.toLowerCase()}`;
  return url.origin;
}
