import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

/**
 * Next.js hands route handlers a URL built from the address it listens on (0.0.0.0 when bound
 * to every interface), while Auth.js builds its redirects and callback URLs from the request
 * URL. Rebuild it from the Host the browser used (or X-Forwarded-Host/-Proto behind a proxy),
 * so a reader at http://localhost:3000 is sent back to http://localhost:3000.
 */
function asRequested(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const url = new URL(request.url);
  url.host = host;
  const proto = request.headers.get("x-forwarded-proto");
  if (proto === "http" || proto === "https") url.protocol = `${proto}:`;
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(asRequested(request));
export const POST = (request: NextRequest) => handlers.POST(asRequested(request));
