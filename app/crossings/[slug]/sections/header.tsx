import Link from "next/link";
import type { CrossingNow } from "@/db/queries/current";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";
import { StatusPanel } from "@/app/_components/status-panel";

/** The crossing's name (in the other language too), its two posts, and its state now. */
export async function Header({ baseline, stateNow, numbers, readerZone }: { baseline: CrossingBaseline; stateNow: CrossingNow; numbers: Map<string, number>; readerZone: string }) {
  const { locale, t } = await getI18n();
  const c = t.crossing;
  const [sideA, sideB] = baseline.sides;
  // The name in the other language too, where the data has one: readers search in both.
  const otherName = baseline.name.ru ? (locale === "ru" ? baseline.name.en : baseline.name.ru) : null;
  return (
    <>
      <Link className="back" href="/">
        {c.page.back}
      </Link>
      <h1>
        {localName(baseline.name, locale)}
        {otherName ? (
          <span className="muted small" lang={locale === "ru" ? "en" : "ru"}>
            {" "}
            {otherName}
          </span>
        ) : null}
      </h1>
      <p className="muted">
        {localCountry(sideA.country, locale)} ({localName(sideA.postName.value, locale)}) – {localCountry(sideB.country, locale)} ({localName(sideB.postName.value, locale)})
      </p>

      <section className="status-panel" aria-label={c.page.stateNow}>
        <StatusPanel baseline={baseline} status={stateNow.status} numbers={numbers} readerZone={readerZone} title={c.page.now} change={stateNow.change} />
      </section>
    </>
  );
}
