/** Who is calling the API: a personal token (Authorization: Bearer cr_…) or a browser session.
 * A malformed or revoked token is not silently replaced by the session. */
import { userForToken } from "@/db/queries/tokens";
import { currentUser, type SessionUser } from "@/server/auth/session";
import { bearerToken } from "@/lib/auth/tokens";

export async function apiUser(request: Request): Promise<SessionUser | null> {
  if (request.headers.has("authorization")) {
    const token = bearerToken(request.headers);
    return token ? userForToken(token) : null;
  }
  return currentUser();
}
