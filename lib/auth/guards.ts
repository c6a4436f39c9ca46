/** Page guards: signed-out readers are sent to sign in; everyone else without the role sees
 * "not found", which reveals nothing about what is there. */
import { notFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";

export async function requireModerator(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.role !== "moderator" && user.role !== "admin") notFound();
  return user;
}

export function isModerator(user: SessionUser | null): boolean {
  return user?.role === "moderator" || user?.role === "admin";
}
