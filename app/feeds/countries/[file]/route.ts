import { ClientGoneError, countryFeedNow } from "@/db/queries/feed-cache";
import { withApiErrors } from "@/lib/api/http";
import { env } from "@/lib/env";
import { feedBodyResponse, feedNotFound } from "@/lib/feeds/response";
import { parseCountryFeedFile, siteOrigin } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

/** GET /feeds/countries/{kg|kz|uz|tj|cn|ru}.atom: every crossing on that country's borders (docs/feeds.md).
 * Cached by the tags of those crossings (db/queries/feed-cache.ts); nothing is built for a client that has gone. */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/feeds/countries/[file]">) => {
  const { file } = await context.params;
  const country = parseCountryFeedFile(file);
  if (!country) return feedNotFound();
  const origin = siteOrigin({ requestUrl: request.url, host: request.headers.get("host"), authUrl: env.AUTH_URL });
  try {
    return feedBodyResponse(await countryFeedNow(country, origin, request.signal), request);
  } catch (error) {
    if (error instanceof ClientGoneError) return new Response(null, { status: 499 });
    throw error;
  }
});
