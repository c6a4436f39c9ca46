import { ClientGoneError, countryFeedNow } from "@/db/queries/feed-cache";
import { withApiErrors } from "@/server/api/http";
import { env } from "@/lib/env";
import { feedBodyResponse, feedNotFound } from "@/lib/feeds/response";
import { parseCountryFeedFile, siteOrigin } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

/** GET /feeds/countries/{code}.atom (an ISO 3166-1 alpha-2 code in lower case): every crossing on
 * that country's borders (docs/feeds.md); a 404 for a code that is not ISO or has no crossing.
 * Cached by the tags of those crossings (db/queries/feed-cache.ts); nothing is built for a client that has gone. */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/feeds/countries/[file]">) => {
  const { file } = await context.params;
  const country = parseCountryFeedFile(file);
  if (!country) return feedNotFound();
  const origin = siteOrigin({ requestUrl: request.url, host: request.headers.get("host"), authUrl: env.AUTH_URL });
  try {
    const body = await countryFeedNow(country, origin, request.signal);
    if (body === null) return feedNotFound();
    return feedBodyResponse(body, request);
  } catch (error) {
    if (error instanceof ClientGoneError) return new Response(null, { status: 499 });
    throw error;
  }
});
