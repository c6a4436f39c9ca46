import { Fragment } from "react";
import Link from "next/link";
import type { CrossingNow } from "@/db/queries/current";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";
import { StatusPanel } from "@/app/_components/status-panel";
import { PinButton } from "@/app/_components/pin-button";
import { readPins } from "@/server/pins";

/** The crossing's name (in the other language too), its two posts, and its state now. */
export async function Header({ baseline, stateNow, numbers, readerZone }: { baseline: CrossingBaseline; stateNow: CrossingNow; numbers: Map<string, number>; readerZone: string }) {
  const [{ locale, t }, pins] = await Promise.all([getI18n(), readPins()]);
  const c = t.crossing;
  const pinned = pins.includes(baseline.slug);
  const name = localName(baseline.name, locale);
  const [sideA, sideB] = baseline.sides;
  // The name in the other language too, where the data has one: readers search in both.
  const otherName = baseline.name.ru ? (locale === "ru" ? baseline.name.en : baseline.name.ru) : null;
  return (
    <>
      <Link className="back" href="/">
        {c.page.back}
      </Link>
      <div className="title-row">
        <h1>
          <Unbroken text={name} />
          {otherName ? (
            <span className="muted small" lang={locale === "ru" ? "en" : "ru"}>
              {" "}
              <Unbroken text={otherName} />
            </span>
          ) : null}
        </h1>
        <PinButton
          slug={baseline.slug}
          pinned={pinned}
          back={`/crossings/${baseline.slug}`}
          label={pinned ? t.pinsNear.pins.unpin(name) : t.pinsNear.pins.pin(name)}
          hint={pinned ? t.pinsNear.pins.unpinLabel : t.pinsNear.pins.pinLabel}
        />
      </div>
      <p className="muted">
        {localCountry(sideA.country, locale)} ({localName(sideA.postName.value, locale)}) – {localCountry(sideB.country, locale)} ({localName(sideB.postName.value, locale)})
      </p>

      <section className="status-panel" aria-label={c.page.stateNow}>
        <StatusPanel baseline={baseline} status={stateNow.status} numbers={numbers} readerZone={readerZone} title={c.page.now} change={stateNow.change} />
      </section>
    </>
  );
}

/** A name that wraps only between words: "Ак-Жол – Кордай" broke after "Ак-" on a phone. */
function Unbroken({ text }: { text: string }) {
  return text.split(" ").map((word, index) => (
    <Fragment key={index}>
      {index > 0 ? " " : null}
      {word.includes("-") ? <span className="nowrap">{word}</span> : word}
    </Fragment>
  ));
}
