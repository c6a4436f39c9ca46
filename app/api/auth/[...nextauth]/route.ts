import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { env } from "@/lib/env";

/**
 * Next.js hands route handlers a URL built from the address it listens on (0.0.0.0 when bound
 * to every interface), and Auth.js builds redirects and links from the request URL. With
 * AUTH_URL set (required when emails are really sent), Auth.js uses that and nothing here
 * matters. Without it (local use, links only in the server log), use the Host the browser
 * asked for — never X-Forwarded-Host, which any client can send.
 */
function asRequested(request: NextRequest): NextRequest {
  const host = request.headers.get("host");
  if (env.AUTH_URL || !host) return request;
  const url = new URL(request.url);
  url.host = host;
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(asRequested(request));
export const POST = (request: NextRequest) => handlers.POST(asRequested(request));
