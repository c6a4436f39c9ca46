/**
 * What GET /api/auth/session tells the browser: who is signed in (name, email, role) and until
 * when — never the session token (the HttpOnly cookie's value, which Auth.js's database
 * sessions would otherwise hand any script on the page), the user's id or the ban flag.
 * Signed out: null, as Auth.js answers.
 */
import { z } from "zod";

const sessionBody = z.object({
  expires: z.union([z.string(), z.date()]).transform((value) => (typeof value === "string" ? value : value.toISOString())),
  user: z.object({
    name: z.string().nullish(),
    email: z.string().nullish(),
    role: z.enum(["traveller", "moderator", "admin"]).catch("traveller"),
  }),
});

export interface PublicSession {
  user: { name: string | null; email: string | null; role: "traveller" | "moderator" | "admin" };
  expires: string;
}

export function publicSession(body: unknown): PublicSession | null {
  const parsed = sessionBody.safeParse(body);
  if (!parsed.success) return null;
  const { user, expires } = parsed.data;
  return { user: { name: user.name ?? null, email: user.email ?? null, role: user.role }, expires };
}
