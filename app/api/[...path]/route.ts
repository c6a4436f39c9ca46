/**
 * Every /api/ path that matches no other route: a JSON 404, whatever the method. Without it,
 * Next.js answers an unknown API path with the HTML not-found page, and takes a form POSTed to
 * it for a server action — a body that is not a form then got a 500 (found by fuzzing). More
 * specific routes (/api/v1/…, /api/auth/…, /api/moderation/…) always win over this one.
 */
import { jsonError } from "@/server/api/http";

export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  return jsonError(404, "not_found", `No API endpoint at ${new URL(request.url).pathname}. The API is described at /api/v1/openapi.json.`, {
    "Cache-Control": "no-store",
  });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
