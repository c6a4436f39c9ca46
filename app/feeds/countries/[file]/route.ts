import { loadCountryFeed } from "@/db/queries/feeds";
import { withApiErrors } from "@/lib/api/http";
import { env } from "@/lib/env";
import { countryFeed } from "@/lib/feeds/build";
import { feedNotFound, feedResponse } from "@/lib/feeds/response";
import { parseCountryFeedFile, siteOrigin } from "@/lib/feeds/urls";

export const dynamic = "force-dynamic";

/** GET /feeds/countries/{kg|kz|uz|tj|cn|ru}.atom: every crossing on that country's borders (docs/feeds.md). */
export const GET = withApiErrors(async (request: Request, context: RouteContext<"/feeds/countries/[file]">) => {
  const { file } = await context.params;
  const country = parseCountryFeedFile(file);
  if (!country) return feedNotFound();
  const now = new Date();
  const crossings = await loadCountryFeed(country, now);
  const origin = siteOrigin({ requestUrl: request.url, host: request.headers.get("host"), authUrl: env.AUTH_URL });
  return feedResponse(countryFeed(country, crossings, { origin, now }), request);
});
