/**
 * JSON responses for route handlers: typed errors, and a wrapper that turns a failure to
 * reach the database into 503 (the service is unavailable, the request was fine) rather
 * than an unexplained 500.
 */
export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error("API request failed:", error instanceof Error ? error.message : error);
      return jsonError(503, "unavailable", "The service is temporarily unavailable. Please try again shortly.", {
        "Retry-After": "5",
      });
    }
  };
}
