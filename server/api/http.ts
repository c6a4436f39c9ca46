/**
 * JSON responses for route handlers: typed errors, and a wrapper for failures. When the
 * database does not answer, that is 503 (retry later); any other failure is a bug: 500,
 * logged with its stack, and not dressed up as an outage.
 */
import { databaseUnavailable } from "@/db/availability";
import { CORS_HEADERS } from "@/lib/api/caching";

/** An error body; open to every origin like the public answers (lib/api/caching.ts), so a
 * browser client on another site can read why (and `Retry-After`). `*` never lets a site read a
 * signed-in reader's answers: browsers refuse it for requests sent with credentials. */
export function jsonError(status: number, code: string, message: string, headers?: HeadersInit, details?: { fields?: Record<string, string> }): Response {
  const all = new Headers(headers);
  for (const [name, value] of Object.entries(CORS_HEADERS)) if (!all.has(name)) all.set(name, value);
  return Response.json({ error: { code, message, ...details } }, { status, headers: all });
}

export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (await databaseUnavailable(error)) {
        console.error("API request failed: database unavailable:", error instanceof Error ? error.message : error);
        return jsonError(503, "unavailable", "The service is temporarily unavailable. Please try again shortly.", { "Retry-After": "5" });
      }
      console.error("API request failed:", error);
      return jsonError(500, "internal", "Something went wrong on our side; it has been logged.");
    }
  };
}
