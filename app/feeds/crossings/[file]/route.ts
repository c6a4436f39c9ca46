import { ClientGoneError, crossingFeedNow } from "@/db/queries/feed-cache";
import { withApiErrors } from "@/server/api/http";
import { env } from "@/lib/env";
import { feedBodyResponse, feedNotFound } from "@/lib/feeds/response";
import { parseCrossingFeedFile, siteOrigin } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

/** GET /feeds/crossings/{slug}.atom: a crossing's reports, notices and state changes (docs/feeds.md).
 * Cached by the crossing's tag (db/queries/feed-cache.ts); nothing is built for a client that has gone. */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/feeds/crossings/[file]">) => {
  const { file } = await context.params;
  const slug = parseCrossingFeedFile(file);
  if (!slug) return feedNotFound();
  const origin = siteOrigin({ requestUrl: request.url, host: request.headers.get("host"), authUrl: env.AUTH_URL });
  try {
    const body = await crossingFeedNow(slug, origin, request.signal);
    if (body === null) return feedNotFound();
    return feedBodyResponse(body, request);
  } catch (error) {
    if (error instanceof ClientGoneError) return new Response(null, { status: 499 });
    throw error;
  }
});
