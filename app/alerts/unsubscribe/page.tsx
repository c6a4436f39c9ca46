import type { Metadata } from "next";
import { getI18n } from "@/server/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.unsubscribe.title };
}

/** The link in every alert email. A GET only shows the button (mail scanners follow links);
 * the button (a POST) unsubscribes. */
export default async function UnsubscribePage({ searchParams }: PageProps<"/alerts/unsubscribe">) {
  const params = await searchParams;
  const { t } = await getI18n();
  const u = t.pages.unsubscribe;
  if (params.done === "1")
    return (
      <>
        <h1>{u.doneTitle}</h1>
        <p>{u.done}</p>
      </>
    );
  if (params.done === "0")
    return (
      <>
        <h1>{u.nothingTitle}</h1>
        <p>{u.nothing}</p>
      </>
    );
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <>
      <h1>{u.confirmTitle}</h1>
      <form method="post" action={`/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit" className="button">
          {u.confirm}
        </button>
      </form>
    </>
  );
}
