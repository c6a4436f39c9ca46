/** The site's public origin for absolute URLs: AUTH_URL when set, else the Host asked for. */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers, new URL(request.url).protocol);
}

export function originFromHeaders(headers: Headers, protocol = "http:"): string {
  const configured = process.env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  return `${protocol}//${headers.get("host") ?? "localhost:3000"}`;
}
