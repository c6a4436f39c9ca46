import "server-only";
/** The secret that signs sessions, unsubscribe links and address hashes (lib/auth/secret.ts
 * resolves it): its own module, so code that needs only the secret does not load Auth.js. */
import { env } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/auth/secret";

export const authSecret = resolveAuthSecret(env.AUTH_SECRET);
