/**
 * Tells the app who is asking: the production server has the socket, Next.js does not. Every
 * request handed to Next.js carries `x-crossings-client: <token> <address>`, where the token is
 * random per process (lib/reports/client-address.ts reads and checks it). Whatever a client sent
 * in that header is replaced, so the per-address limits hold without a proxy too.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { CLIENT_HEADER, CLIENT_TOKEN_VARIABLE } from "@/lib/reports/client-address";

function token(): string {
  return (process.env[CLIENT_TOKEN_VARIABLE] ??= randomBytes(24).toString("base64url"));
}

/** `address`: the client as the server sees it (the socket's, or the trusted proxy hop). */
export function stampClient(request: IncomingMessage, address: string): void {
  request.headers[CLIENT_HEADER] = `${token()} ${address.replace(/\s/g, "")}`;
}
