/** Which zone to show "your time" in: the one asked for in the URL, else the cookie the
 * browser set (ReaderTimeEnhancer), else UTC. */
import { isTimeZone } from "@/lib/format/time";

export function resolveReaderZone(fromQuery: string | undefined, fromCookie: string | undefined) {
  if (isTimeZone(fromQuery)) return { zone: fromQuery, explicit: true };
  if (isTimeZone(fromCookie)) return { zone: fromCookie, explicit: false };
  return { zone: "UTC", explicit: false };
}
