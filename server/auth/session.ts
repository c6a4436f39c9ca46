/**
 * Who is asking: every server action and route handler calls this itself (proxy.ts is never
 * the only guard). Sessions are read from the database on each call, so a sign-out or a ban
 * counts at once.
 */
import { cookies } from "next/headers";
import { databaseUnavailable } from "@/db/availability";
import { DatabaseUnavailableError, noteDatabaseError } from "@/db/outage-errors";
import { auth } from "@/server/auth";
import { isSessionCookie } from "@/lib/auth/session-cookie";
export { safeReturnPath } from "@/lib/auth/return-path";

import type { SessionUser } from "@/lib/auth/user";
export type { Role, SessionUser } from "@/lib/auth/user";

/** The signed-in user, or null when signed out or banned. Throws while the database is away
 * and the request carries a session: Auth.js then answers "no session", and a traveller
 * would be told they are signed out when the truth is "try again shortly". */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) {
    const hasSession = (await cookies()).getAll().some((cookie) => isSessionCookie(cookie.name));
    if (hasSession && (await databaseUnavailable())) {
      const error = new DatabaseUnavailableError("The session cannot be read: the database is unavailable.");
      noteDatabaseError(error);
      throw error;
    }
    return null;
  }
  if (user.banned) return null;
  return { id: user.id, email: user.email ?? null, name: user.name ?? null, role: user.role };
}
