import Link from "next/link";
import { getI18n } from "@/server/i18n";

/**
 * The not-found page, rendered whole on the server (readers without JavaScript see it too): an
 * unknown crossing or report is rewritten here by proxy.ts before its page renders, because a
 * `notFound()` thrown while a page streams only leaves Next.js's empty error shell in the HTML.
 */
export default async function NotFound() {
  const { t } = await getI18n();
  const n = t.pages.notFound;
  const l = t.crossing.list;
  return (
    <>
      <h1>{n.title}</h1>
      <p>{n.body}</p>
      <form className="search" role="search" action="/" method="get">
        <div>
          <label htmlFor="q">{l.searchLabel}</label>
          <input id="q" name="q" type="search" placeholder={l.searchPlaceholder} />
        </div>
        <button className="button" type="submit">
          {l.search}
        </button>
      </form>
      <p>
        <Link href="/">{n.allCrossings}</Link>
      </p>
    </>
  );
}
