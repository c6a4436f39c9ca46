/** One-click unsubscribe (the email's link, and RFC 8058 List-Unsubscribe-Post): the token is
 * the authorization — it is secret, per subscription, and only its hash is stored. */
import { unsubscribeByHash } from "@/db/queries/alerts";
import { unsubscribeHash } from "@/server/alerts/dispatch";
import { withApiErrors } from "@/server/api/http";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request): Promise<Response> => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const ok = /^[\w-]{20,100}$/.test(token) && (await unsubscribeByHash(unsubscribeHash(token)));
  return new Response(null, { status: 303, headers: { Location: `/alerts/unsubscribe?done=${ok ? "1" : "0"}` } });
});
