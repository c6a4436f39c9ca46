import { processBridge } from "@/db/bridge";
import { corsPreflight } from "@/lib/api/caching";
import { statusAnswer } from "@/server/api/status-route";

export const dynamic = "force-dynamic";

/** Public: the state of one crossing now or at `at`, for a `mode` of travel (server/api/status-route.ts). */
export async function GET(request: Request, context: RouteContext<"/api/v1/crossings/[slug]/status">): Promise<Response> {
  return statusAnswer(request, (await context.params).slug);
}

export const OPTIONS = corsPreflight;

// Once this module has loaded, the production server answers the uncached questions with the
// same function without Next.js's pipeline (server/http/fast-routes.ts).
processBridge().apiRoutes.status = statusAnswer;
