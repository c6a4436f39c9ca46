"use server";
/**
 * Pin or unpin a crossing: the star on each list row and on the crossing page. It changes
 * nothing but the reader's own `pins` cookie, so it needs no session; Next.js checks the Origin
 * of every server action and the production server refuses cross-site form posts before that
 * (server/http/guards.ts). Without JavaScript the browser POSTs the form and follows the 303
 * back to the page it came from.
 */
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { crossingRecords } from "@/db/queries/current";
import { safeReturnPath } from "@/lib/auth/return-path";
import { CROSSING_SLUG } from "@/lib/baseline/schema";
import { changePins, parsePins, PINS_COOKIE, PINS_COOKIE_MAX_AGE, serializePins } from "@/lib/crossings/pins";
import { checkedAction, formDataArg } from "@/lib/http/action-args";
import { cameOverHttps } from "@/lib/http/came-over-https";

const pinForm = z.object({
  slug: z.string().max(80).regex(CROSSING_SLUG),
  pin: z.enum(["1", "0"]),
  // A list address with a long Cyrillic search is well over 500 characters once encoded.
  back: z.string().max(4000).optional(),
});

/** Back to the list or a crossing page only (the forms say which); anything else: the list. */
function backPath(value: string | undefined): string {
  const path = safeReturnPath(value ?? "/");
  return /^\/(?:crossings\/[a-z0-9-]{1,80})?(?:\?[^#]*)?$/.test(path) ? path : "/";
}

/** `back` with `pins=full` added (the list says why the pin was refused). */
function withFull(path: string): string {
  const url = new URL(path, "http://crossings.invalid");
  url.searchParams.set("pins", "full");
  return `${url.pathname}${url.search}`;
}

export const togglePinAction = checkedAction(
  "togglePin",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const parsed = pinForm.safeParse({ slug: formData.get("slug"), pin: formData.get("pin"), back: formData.get("back") ?? undefined });
    if (!parsed.success) redirect("/");
    const { slug, pin } = parsed.data;
    const back = backPath(parsed.data.back);
    const known = new Set((await crossingRecords()).map((record) => record.slug));
    // Only crossings that exist; pins to crossings since removed fall away on the next change.
    if (!known.has(slug)) redirect(back);
    const store = await cookies();
    const current = parsePins(store.get(PINS_COOKIE)?.value).filter((entry) => known.has(entry));
    const change = changePins(current, slug, pin === "1");
    // Refused: to the list, which says why and shows the pinned crossings to unpin one of (a
    // crossing page has no place for the message).
    if (change.kind === "full") redirect(withFull(back.startsWith("/crossings/") ? "/" : back));
    const options = { path: "/", sameSite: "lax" as const, httpOnly: true, secure: cameOverHttps(await headers()) };
    if (change.pins.length === 0) store.set(PINS_COOKIE, "", { ...options, maxAge: 0 });
    else store.set(PINS_COOKIE, serializePins(change.pins), { ...options, maxAge: PINS_COOKIE_MAX_AGE });
    redirect(back);
  },
);
