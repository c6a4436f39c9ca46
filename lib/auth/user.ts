/** Who is signed in, as the app reads it (server/auth/session.ts makes it from the session). */
export type Role = "traveller" | "moderator" | "admin";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
  role: Role;
}
