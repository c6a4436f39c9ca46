import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { publicSession } from "@/lib/auth/public-session";

/**
 * Auth.js's endpoints. Every URL Auth.js builds (sign-in links, redirects) is on AUTH_URL
 * (lib/env.ts, server/auth/index.ts), never on the request's Host.
 * GET /api/auth/session answers only what a browser may know (lib/auth/public-session.ts):
 * with database sessions Auth.js would send the session token itself, the HttpOnly cookie's
 * value, to any script that asks.
 */
/** Auth.js's answer, with a session in it (GET, or POST to update it) trimmed to what the browser may know. */
async function trimmed(request: NextRequest, response: Response): Promise<Response> {
  if (!/\/session\/?$/.test(request.nextUrl.pathname) || !response.headers.get("content-type")?.includes("application/json")) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("cache-control", "private, no-store");
  return new Response(JSON.stringify(publicSession(await response.json())), { status: response.status, headers });
}

export const GET = async (request: NextRequest) => trimmed(request, await handlers.GET(request));
export const POST = async (request: NextRequest) => trimmed(request, await handlers.POST(request));
