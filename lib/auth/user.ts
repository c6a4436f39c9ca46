/** Who is signed in, as the app reads it (server/auth/session.ts makes it from the session). */
export type Role = "traveller" | "moderator" | "admin";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
  role: Role;
}

/** Moderators and admins: they moderate, and the new-account rules and hourly limits spare them. */
export function isModerator(user: SessionUser | null): boolean {
  return user?.role === "moderator" || user?.role === "admin";
}
