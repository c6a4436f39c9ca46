/**
 * The HTTP side of a feed: headers, a plain 404, and conditional GET (feed readers poll).
 */
import { createHash } from "node:crypto";
import { ATOM_CONTENT_TYPE, atomFeed, type AtomFeed } from "@/lib/feeds/atom";

export const FEED_CACHE_CONTROL = "public, max-age=60";

export function feedNotFound(): Response {
  return new Response("No such feed.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}

export function feedResponse(feed: AtomFeed, request: Request): Response {
  return feedBodyResponse(atomFeed(feed), request);
}

/** A feed already serialized (and cached: db/queries/feed-cache.ts). */
export function feedBodyResponse(body: string, request: Request): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": FEED_CACHE_CONTROL, ETag: etag, Vary: "Host" };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
