import { loadCrossingFeed } from "@/db/queries/feeds";
import { withApiErrors } from "@/lib/api/http";
import { env } from "@/lib/env";
import { crossingFeed } from "@/lib/feeds/build";
import { feedNotFound, feedResponse } from "@/lib/feeds/response";
import { parseCrossingFeedFile, siteOrigin } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

/** GET /feeds/crossings/{slug}.atom: a crossing's reports, notices and state changes (docs/feeds.md). */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/feeds/crossings/[file]">) => {
  const { file } = await context.params;
  const slug = parseCrossingFeedFile(file);
  if (!slug) return feedNotFound();
  const now = new Date();
  const crossing = await loadCrossingFeed(slug, now);
  if (!crossing) return feedNotFound();
  const origin = siteOrigin({ requestUrl: request.url, host: request.headers.get("host"), authUrl: env.AUTH_URL });
  return feedResponse(crossingFeed(crossing, { origin, now }), request);
});
