import "server-only";
/** The `Actor` of a request, as each kind of entry point knows it. */
import { headers } from "next/headers";
import { authSecret } from "@/server/auth/secret";
import { apiUser } from "@/server/auth/api-user";
import { currentUser } from "@/server/auth/session";
import { getLocale } from "@/server/i18n";
import { env } from "@/lib/env";
import { originFromHeaders, publicOrigin } from "@/lib/api/origin";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";
import type { Actor } from "@/server/services/service";

function addressHash(requestHeaders: Headers): string | null {
  const address = clientAddress(requestHeaders, env.TRUST_PROXY_HOPS);
  return address ? hashAddress(address, authSecret) : null;
}

/** A server action's caller: the session, in the reader's language. */
export async function actionActor(name: string): Promise<Actor> {
  const [user, requestHeaders, locale] = await Promise.all([currentUser(), headers(), getLocale()]);
  return { user, origin: originFromHeaders(requestHeaders), ipHash: addressHash(requestHeaders), locale, route: `action:${name}` };
}

/** A route handler's caller: the session, or (where `token` is allowed) a personal API token.
 * The API answers in English. */
export async function requestActor(request: Request, options: { token?: boolean } = {}): Promise<Actor> {
  const user = options.token ? await apiUser(request) : await currentUser();
  const anonymous = options.token && request.headers.has("authorization") ? "bad-token" : "signed-out";
  return { user, origin: publicOrigin(request), ipHash: addressHash(request.headers), locale: "en", route: new URL(request.url).pathname, method: request.method, anonymous };
}
