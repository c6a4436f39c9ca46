/**
 * Who is asking: every server action and route handler calls this itself (proxy.ts is never
 * the only guard). Sessions are read from the database on each call, so a sign-out or a ban
 * counts at once.
 */
import { auth } from "@/lib/auth";
export { safeReturnPath } from "@/lib/auth/return-path";

export type Role = "traveller" | "moderator" | "admin";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
  role: Role;
}

/** The signed-in user, or null when signed out or banned. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || user.banned) return null;
  return { id: user.id, email: user.email ?? null, name: user.name ?? null, role: user.role };
}
