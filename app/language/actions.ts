"use server";
/**
 * The language switcher. It changes nothing but the reader's own preference cookie, so it
 * needs no session; Next.js checks the Origin of every server action.
 */
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales } from "@/lib/i18n/locale";
import { checkedAction, formDataArg } from "@/lib/http/action-args";
import { cameOverHttps } from "@/lib/http/came-over-https";

const languageSchema = z.enum(locales);

/** Back to the page the reader was on: the Referer's path and query, when it is this site's.
 * The layout that renders the switcher cannot know the page's path, and a Referer never
 * carries the #fragment: without a Referer (a browser or policy that sends none) the reader
 * lands on the home page, and the fragment is always lost. */
function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    return url.host === host ? safeReturnPath(`${url.pathname}${url.search}`) : "/";
  } catch {
    return "/";
  }
}

export const setLanguageAction = checkedAction(
  "setLanguage",
  z.tuple([formDataArg]),
  () => undefined,
  async (formData: FormData): Promise<void> => {
    const requestHeaders = await headers();
    const back = returnPath(requestHeaders.get("referer"), requestHeaders.get("host"));
    const language = languageSchema.safeParse(formData.get("lang"));
    if (language.success) {
      // Only the server reads it (the client's times use <html lang>), hence httpOnly.
      (await cookies()).set(LOCALE_COOKIE, language.data, {
        path: "/",
        maxAge: LOCALE_COOKIE_MAX_AGE,
        sameSite: "lax",
        httpOnly: true,
        secure: cameOverHttps(requestHeaders),
      });
    }
    redirect(back);
  },
);
