import "server-only";
/**
 * The reader's pinned crossings for this request (lib/crossings/pins.ts). On a page the page
 * cache answers, the render sees only what the cache key holds (server/http/cache-key.ts): the
 * crossing page gets its own slug's pin and nothing else; the list with pins is never cached.
 */
import { cookies } from "next/headers";
import { parsePins, PINS_COOKIE } from "@/lib/crossings/pins";

export async function readPins(): Promise<string[]> {
  return parsePins((await cookies()).get(PINS_COOKIE)?.value);
}
