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

const languageSchema = z.enum(locales);

/** Back to the page the reader was on: the Referer's path, when it is this site's. */
function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    return url.host === host ? safeReturnPath(`${url.pathname}${url.search}`) : "/";
  } catch {
    return "/";
  }
}

export async function setLanguageAction(formData: FormData): Promise<void> {
  const requestHeaders = await headers();
  const back = returnPath(requestHeaders.get("referer"), requestHeaders.get("host"));
  const language = languageSchema.safeParse(formData.get("lang"));
  if (language.success) {
    (await cookies()).set(LOCALE_COOKIE, language.data, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
  }
  redirect(back);
}
