/** Page guards: signed-out readers are sent to sign in; everyone else without the role sees
 * "not found", which reveals nothing about what is there. */
import { notFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/server/auth/session";
import { logDenied } from "@/lib/log";

export async function requireModerator(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    logDenied({ route: returnTo, status: 401, reason: "signed-out" });
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (user.role !== "moderator" && user.role !== "admin") {
    logDenied({ route: returnTo, status: 403, reason: "not-moderator", userId: user.id });
    notFound();
  }
  return user;
}

export { isModerator } from "@/lib/auth/user";
