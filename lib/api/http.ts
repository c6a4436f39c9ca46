/**
 * JSON responses for route handlers: typed errors, and a wrapper for failures. When the
 * database does not answer, that is 503 (retry later); any other failure is a bug: 500,
 * logged with its stack, and not dressed up as an outage.
 */
import { databaseUnavailable } from "@/db/availability";

export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
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
