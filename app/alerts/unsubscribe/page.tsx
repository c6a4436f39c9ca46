import type { Metadata } from "next";

export const metadata: Metadata = { title: "Stop alerts" };
export const dynamic = "force-dynamic";

/** The link in every alert email. A GET only shows the button (mail scanners follow links);
 * the button (a POST) unsubscribes. */
export default async function UnsubscribePage({ searchParams }: PageProps<"/alerts/unsubscribe">) {
  const params = await searchParams;
  if (params.done === "1") return <><h1>Alerts stopped</h1><p>You will get no more emails from this alert.</p></>;
  if (params.done === "0") return <><h1>Nothing to stop</h1><p>That alert was already stopped, or the link is not valid.</p></>;
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <>
      <h1>Stop this alert?</h1>
      <form method="post" action={`/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit" className="button">
          Stop this alert
        </button>
      </form>
    </>
  );
}
