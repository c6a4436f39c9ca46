/** One-click unsubscribe (the email's link, and RFC 8058 List-Unsubscribe-Post): the token is
 * the authorization — it is secret, per subscription, and only its hash is stored. */
import { withApiErrors } from "@/server/api/http";
import { unsubscribeWithLink } from "@/server/services/alerts";
import { requestActor } from "@/server/services/actor";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request): Promise<Response> => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await unsubscribeWithLink({ token }, await requestActor(request));
  return new Response(null, { status: 303, headers: { Location: `/alerts/unsubscribe?done=${result.kind === "ok" ? "1" : "0"}` } });
});
