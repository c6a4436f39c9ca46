/**
 * Pinned crossings: the reader's own short list, kept in a cookie (no account needed), shown
 * first on the list and as a star on each row and crossing page.
 *
 * The cookie holds slugs joined by "." in the order they were pinned (`pins=korday-ak-zhol.irkeshtam`).
 * It is read on every request through `parsePins`, which never throws: a value that is not
 * exactly that shape (too long, too many slugs, a character outside a slug's) is ignored whole,
 * as if there were no cookie — a hostile or corrupt cookie costs the reader their pins, never a
 * 500, and never reaches a cache key unnormalised (server/http/cache-key.ts).
 */
import { z } from "zod";

export const PINS_COOKIE = "pins";
/** At most this many pins: the cookie stays small (20 × 80 characters at worst) and the "Pinned"
 * group stays a short list. */
export const MAX_PINS = 20;
/** A year, like the language cookie. */
export const PINS_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** A crossing's slug, as lib/baseline/schema.ts's CROSSING_SLUG (a test checks they agree): kept
 * here so the production server's cache key (server/http/cache-key.ts) need not load the schema. */
export const PIN_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z.string().max(80).regex(PIN_SLUG);
const pinList = z
  .string()
  .min(1)
  .max(MAX_PINS * 81)
  .transform((value) => value.split("."))
  .pipe(z.array(slug).min(1).max(MAX_PINS));

/** The pins in a cookie's value, in the order pinned, each once; [] for no cookie or a bad one. */
export function parsePins(value: string | undefined | null): string[] {
  if (value === undefined || value === null || value === "") return [];
  const parsed = pinList.safeParse(value);
  if (!parsed.success) return [];
  return [...new Set(parsed.data)];
}

/** The cookie's value for a list of pins (already validated). */
export function serializePins(pins: readonly string[]): string {
  return pins.join(".");
}

export type PinChange = { kind: "ok"; pins: string[] } | { kind: "full" };

/** Pins or unpins a slug. Pinning one already pinned, or unpinning one that is not, changes
 * nothing; a pin past MAX_PINS is refused (the reader unpins one first), never a silent drop. */
export function changePins(current: readonly string[], slugToChange: string, pin: boolean): PinChange {
  const without = current.filter((entry) => entry !== slugToChange);
  if (!pin) return { kind: "ok", pins: without };
  if (current.includes(slugToChange)) return { kind: "ok", pins: [...current] };
  if (current.length >= MAX_PINS) return { kind: "full" };
  return { kind: "ok", pins: [...current, slugToChange] };
}

/** Rows with the pinned ones first (in the order given, stable), each tagged. */
export function splitPinned<T extends { slug: string }>(rows: readonly T[], pins: readonly string[]): { pinned: T[]; rest: T[] } {
  const set = new Set(pins);
  return { pinned: rows.filter((row) => set.has(row.slug)), rest: rows.filter((row) => !set.has(row.slug)) };
}
