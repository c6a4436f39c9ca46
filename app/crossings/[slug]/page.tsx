import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSourcesByKeys } from "@/db/queries/crossings";
import { crossingNow, crossingRecord, observedHoursNow, waitProfiles } from "@/db/queries/current";
import { crossingStateAt, sourceStandingsNow } from "@/db/queries/crossing-state";
import { listVisibleReports, ownReportKey } from "@/db/queries/reports";
import { currentUser } from "@/server/auth/session";
import { isModerator } from "@/server/auth/guards";
import { listActiveNotices } from "@/db/queries/moderation";
import { ActionForm } from "@/app/moderation/action-form";
import { decodeCursor, encodeCursor } from "@/lib/reports/cursor";
import { reportFormOptions } from "@/lib/reports/form-options";
import { submitReportAction } from "@/app/reports/actions";
import { ReportForm } from "@/app/_components/report-form";
import { ReportTimeline } from "@/app/_components/report-timeline";
import { WaitChart } from "@/app/_components/wait-chart";
import { feedAlternatesFor } from "@/lib/feeds/urls";
import { listSubscriptions } from "@/db/queries/alerts";
import { directionLabels } from "@/lib/reports/form-options";
import { subscribeAction } from "@/app/alerts/actions";
import { StopAlertForm } from "@/app/_components/stop-alert";
import { listConflicts } from "@/lib/baseline/facts";
import { holidayPolicyOf } from "@/lib/baseline/schema";
import { resolveClaims } from "@/lib/baseline/standing";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import { getI18n } from "@/server/i18n";
import { ownEntry } from "@/lib/i18n/catalog";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { dataText } from "@/lib/i18n/data-text";
import { parsePlannerQuery } from "@/lib/status/planner-query";
import { readerZones, zoneLabel } from "@/lib/format/time";
import { resolveReaderZone } from "@/lib/format/reader-zone";
import { StatusPanel } from "@/app/_components/status-panel";
import { ArrivalPlanner } from "@/app/_components/arrival-planner";
import { Cite } from "@/app/_components/cite";
import { WeekHours } from "@/app/_components/week-hours";
import { ObservedHoursNote } from "@/app/_components/observed-hours";
import { hoursAreUnknown } from "@/lib/history/observed-hours";
import { ReaderTimeEnhancer } from "@/app/_components/reader-time";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/crossings/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const record = await crossingRecord(slug);
  const { locale, t } = await getI18n();
  if (!record) return { title: t.crossing.page.notFoundTitle };
  const [a, b] = record.baseline.sides;
  const name = localName(record.baseline.name, locale);
  return {
    alternates: feedAlternatesFor(slug, record.baseline.name.en),
    title: name,
    description: t.crossing.page.description(name, localCountry(a.country, locale), localCountry(b.country, locale)),
  };
}

export default async function CrossingPage({ params, searchParams }: PageProps<"/crossings/[slug]">) {
  const { slug } = await params;
  const query = await searchParams;
  const record = await crossingRecord(slug);
  if (!record) notFound();

  const baseline = record.baseline;
  const home = baseline.sides[0].timeZone;
  const now = new Date();
  // What the rest depends on (the reader's language, who is asking), loaded side by side.
  const [{ locale, t, f }, user, activeNotices, cookieStore] = await Promise.all([getI18n(), currentUser(), listActiveNotices(record.id, now), cookies()]);
  const c = t.crossing;
  const planner = parsePlannerQuery(query, home, locale);
  const plannedAt = planner.kind === "ok" ? planner.instant : null;
  const moderator = isModerator(user);
  const directions = directionLabels(baseline, locale);
  // After the form's redirect: the key of the report just stored (the reader's own), so the
  // copy their device kept before sending it is dropped (app/_components/report-form.tsx).
  const justStored = typeof query.reported === "string" ? query.reported : typeof query.held === "string" ? query.held : null;
  // The state now and the wait profiles are cached (db/queries/current.ts); a planned arrival
  // is worked out for the time asked. Everything else the page shows loads beside them.
  const [{ status, change }, plannedState, timeline, profiles, standings, observed, alerts, answeredKey] = await Promise.all([
    crossingNow(record),
    plannedAt && planner.kind === "ok" ? crossingStateAt(record, plannedAt, { mode: planner.mode }) : null,
    listVisibleReports(record.id, { limit: 10, before: decodeCursor(query.before) ?? undefined, viewerId: user?.id ?? null }),
    waitProfiles(record),
    sourceStandingsNow(),
    observedHoursNow(record),
    user ? listSubscriptions(user.id, record.id) : [],
    user && justStored ? ownReportKey(user.id, justStored).then((key) => key ?? undefined) : undefined,
  ]);
  const planned = plannedState?.status ?? null;
  const nextOpen = plannedState?.nextOpen ?? null;
  const plannedChange = plannedState?.change ?? null;
  const reader = resolveReaderZone(typeof query.tz === "string" ? query.tz : undefined, cookieStore.get("tz")?.value);
  // Status reasons may cite sources beyond the baseline's own (public-holiday lists).
  const cited = new Set(record.sources.map((source) => source.key));
  const extraKeys = [
    ...new Set(
      [status, planned]
        .flatMap((s) => s?.reasons ?? [])
        .flatMap((r) => r.sources ?? [])
        .map((r) => r.source),
    ),
  ].filter((key) => !cited.has(key));
  const allSources = [...record.sources, ...(await getSourcesByKeys(extraKeys))];
  const numbers = new Map(allSources.map((source, index) => [source.key, index + 1]));
  const conflicts = listConflicts(baseline);
  const [sideA, sideB] = baseline.sides;
  // The name in the other language too, where the data has one: readers search in both.
  const otherName = baseline.name.ru ? (locale === "ru" ? baseline.name.en : baseline.name.ru) : null;
  // Words for the outcomes sent back in the query string: own keys only (`?flag=__proto__`).
  const flagOutcome = ownEntry(c.timeline.flagOutcomes, query.flag);
  const zoneChoices = readerZones.includes(reader.zone as (typeof readerZones)[number]) ? readerZones : [reader.zone, ...readerZones];

  return (
    <article>
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
        <StatusPanel baseline={baseline} status={status} numbers={numbers} readerZone={reader.zone} title={c.page.now} change={change} />
      </section>

      {activeNotices.length || moderator ? (
        <section id="notices" className="card" aria-labelledby="notices-heading">
          <h2 id="notices-heading">{c.notices.title}</h2>
          {query.notice === "posted" ? (
            <p className="notice-ok" role="status">
              {c.notices.posted}
            </p>
          ) : null}
          {activeNotices.length === 0 ? <p className="muted">{c.notices.none}</p> : null}
          <ul>
            {activeNotices.map((notice) => (
              <li key={notice.id} data-testid="notice">
                <strong>{ownEntry(c.notices.effects, notice.effect) ?? notice.effect}</strong> {c.notices.from} {f.dayTime(notice.startsAt, home, now)}{" "}
                {notice.endsAt ? c.notices.until(f.dayTime(notice.endsAt, home, now)) : c.notices.untilFurther} ({zoneLabel(home, now)})
                {notice.modes?.length ? c.notices.forModes(notice.modes.map((mode) => ownEntry(t.modesInline, mode) ?? mode).join(t.listSeparator)) : ""}:{" "}
                {dataText(notice.text, locale)}{" "}
                <span className="cite">
                  {c.notices.source} {notice.sourceUrl ? <a href={notice.sourceUrl}>{notice.sourceTitle}</a> : notice.sourceTitle}
                </span>
                {moderator ? (
                  <ActionForm
                    id={`withdraw-${notice.id}`}
                    action={`/api/moderation/notices/${notice.id}/withdraw`}
                    label={c.notices.withdraw}
                    returnTo={`/crossings/${slug}#notices`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {moderator ? (
            <p className="small">
              {c.notices.moderators} <Link href={`/moderation/notices?crossing=${slug}`}>{c.notices.postNotice}</Link> ·{" "}
              <Link href={`/crossings/${slug}/edit`}>{c.notices.editBaseline}</Link> · <Link href={`/crossings/${slug}/history`}>{c.notices.history}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <ArrivalPlanner
        baseline={baseline}
        planner={planner}
        planned={planned}
        plannedChange={plannedChange}
        nextOpen={nextOpen}
        numbers={numbers}
        readerZone={reader.zone}
        now={now}
      />

      {conflicts.length > 0 ? (
        <section className="conflicts" aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">{c.conflicts.title}</h2>
          <ul>
            {conflicts.map(({ path, fact }) => (
              <li key={path}>
                <strong>{factLabel(path, baseline, locale)}:</strong>{" "}
                {[fact, ...fact.alternatives].map((claim, index) => {
                  // Superseded claims stay visible as history; they no longer change any answer.
                  const until = resolveClaims(fact, standings).superseded.find((old) => old.claim.value === claim.value && old.claim.sources === claim.sources)?.until;
                  return (
                    <span key={index} className={until ? "muted" : undefined}>
                      {index > 0 ? c.conflicts.versus : ""}
                      {until ? c.conflicts.until(until) : null}
                      <q>{describeFactValue(path, claim.value, baseline, locale)}</q> <Cite refs={claim.sources} numbers={numbers} />
                    </span>
                  );
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="report" aria-labelledby="report-heading" className="card">
        <h2 id="report-heading">{c.report.title}</h2>
        {typeof query.reported === "string" ? (
          <p className="notice-ok" role="status">
            {c.report.thanks}
          </p>
        ) : null}
        {typeof query.held === "string" ? (
          <p className="notice-ok" role="status">
            {c.report.held}
          </p>
        ) : null}
        {user ? (
          <ReportForm
            action={submitReportAction.bind(null, slug)}
            idempotencyKey={crypto.randomUUID()}
            submitLabel={t.reportForm.form.send}
            offline={{ slug, crossing: localName(baseline.name, locale), timeZone: home, userId: user.id }}
            answered={answeredKey}
            {...reportFormOptions(baseline, now, locale)}
          />
        ) : (
          <p>
            {c.report.crossedRecently}{" "}
            <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#report`)}`}>
              {c.report.signInToReport}
            </Link>
          </p>
        )}
      </section>

      <section id="alerts" className="card" aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">{c.alerts.title}</h2>
        {typeof query.alert === "string" ? (
          <p className={query.alert === "subscribed" ? "notice-ok" : "notice-error"} role="status">
            {query.alert === "subscribed" ? c.alerts.subscribed : (ownEntry(c.alerts.errors, query.alert) ?? c.alerts.errors.invalid)}
          </p>
        ) : null}
        {user ? (
          <>
            <ul>
              {alerts.map((alert) => (
                <li key={alert.id} data-testid="alert">
                  {alert.kind === "state" ? c.alerts.whenState : c.alerts.whenWait(directions[alert.direction ?? "a-b"], alert.waitBelow ?? 0)}
                  <StopAlertForm subscriptionId={alert.id} returnTo={`/crossings/${slug}#alerts`} />
                </li>
              ))}
            </ul>
            <form action={subscribeAction.bind(null, slug)} className="stack-form">
              <fieldset>
                <legend>{c.alerts.emailMe}</legend>
                <label>
                  <input type="radio" name="kind" value="state" defaultChecked /> {c.alerts.onState}
                </label>
                <br />
                <label>
                  <input type="radio" name="kind" value="wait" /> {c.alerts.onWait}{" "}
                  <input name="waitBelow" type="number" min={5} max={4320} defaultValue={30} aria-label={c.alerts.minutes} className="narrow" /> {c.alerts.min}{" "}
                  <select name="direction" aria-label={c.alerts.direction} defaultValue="a-b">
                    <option value="a-b">{directions["a-b"]}</option>
                    <option value="b-a">{directions["b-a"]}</option>
                  </select>
                </label>
              </fieldset>
              <button type="submit" className="button secondary">
                {c.alerts.set}
              </button>
            </form>
          </>
        ) : (
          <p>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#alerts`)}`}>{c.alerts.signIn}</Link>
            {c.alerts.signInToAlert}
          </p>
        )}
      </section>

      <section id="waits" aria-labelledby="waits-heading">
        <h2 id="waits-heading">{c.waits.title}</h2>
        <div className="sides">
          {(["a-b", "b-a"] as const).map((direction) => {
            const from = baseline.sides[direction === "a-b" ? 0 : 1];
            const to = baseline.sides[direction === "a-b" ? 1 : 0];
            return (
              <WaitChart
                key={direction}
                profile={profiles[direction]}
                title={`${localCountry(from.country, locale)} → ${localCountry(to.country, locale)}`}
                zoneName={from.timeZone.split("/").pop()!.replace(/_/g, " ")}
              />
            );
          })}
        </div>
      </section>

      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{c.timeline.title}</h2>
        {flagOutcome ? (
          <p className={query.flag === "flagged" ? "notice-ok" : "notice-error"} role="status">
            {flagOutcome}
          </p>
        ) : null}
        {typeof query.feedback === "string" ? (
          <p className={query.feedback === "ok" ? "notice-ok" : "notice-error"} role="status">
            {ownEntry(c.timeline.feedback, query.feedback) ?? c.timeline.feedback.gone}
          </p>
        ) : null}
        <ReportTimeline
          slug={slug}
          baseline={baseline}
          reports={timeline.reports}
          nextCursor={timeline.next ? encodeCursor(timeline.next) : null}
          now={now}
          signedIn={user !== null}
        />
      </section>

      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">{c.hours.title}</h2>
        <form className="inline-form" method="get">
          <div>
            <label htmlFor="tz">{c.hours.showIn}</label>
            <select id="tz" name="tz" defaultValue={reader.zone}>
              {zoneChoices.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone, now)}
                </option>
              ))}
            </select>
          </div>
          <button className="button secondary" type="submit">
            {c.hours.show}
          </button>
        </form>
        <div className="sides">
          {baseline.sides.map((side, index) => (
            <section key={side.country + index} className="card" aria-labelledby={`side-${index}`} data-testid={`side-${index}`}>
              <h3 id={`side-${index}`}>
                {localName(side.postName.value, locale)}
                {side.postName.value.ru ? (
                  <span lang={locale === "ru" ? "en" : "ru"} className="muted small">
                    {" "}
                    {locale === "ru" ? side.postName.value.en : side.postName.value.ru}
                  </span>
                ) : null}{" "}
                · {localCountry(side.country, locale)}
              </h3>
              <p className="small muted">{c.hours.localZone(zoneLabel(side.timeZone, now), f.dayTime(now, side.timeZone, now))}</p>
              <p>
                {c.hours.published} <code>{side.hours.value}</code> <Cite refs={side.hours.sources} numbers={numbers} />
              </p>
              {hoursAreUnknown(side.hours.value) ? <ObservedHoursNote slug={slug} side={index as 0 | 1} observed={observed[index as 0 | 1]} moderator={moderator} /> : null}
              {side.hours.alternatives.map((alternative, alt) => (
                <p key={alt} className="alt">
                  {c.hours.another} <code>{alternative.value}</code> <Cite refs={alternative.sources} numbers={numbers} />
                </p>
              ))}
              {side.publicHolidays ? (
                <p className="small">
                  {c.hours.holidays} {c.hours.holidayPolicy[holidayPolicyOf(side.publicHolidays.value).effect]} <Cite refs={side.publicHolidays.sources} numbers={numbers} />
                </p>
              ) : null}
              <p className="small" data-testid={`side-${index}-location`}>
                {side.location ? (
                  <>
                    {c.hours.location} {t.moderation.facts.location(side.location.value.lat, side.location.value.lon)} <Cite refs={side.location.sources} numbers={numbers} />
                  </>
                ) : (
                  c.hours.locationUnknown
                )}
              </p>
              <WeekHours baseline={baseline} sideIndex={index as 0 | 1} standings={standings} now={now} readerZone={reader.zone} />
              {side.notes ? <p className="small">{dataText(side.notes, locale)}</p> : null}
            </section>
          ))}
        </div>
        {baseline.season?.value.range ? <p className="small">{c.hours.inSeason}</p> : null}
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{c.rules.title}</h2>
        <dl className="facts">
          <div>
            <dt>{c.rules.who}</dt>
            <dd>
              {t.eligibility[baseline.traffic.value.who]} <Cite refs={baseline.traffic.sources} numbers={numbers} />
            </dd>
            <dd>
              {c.rules.modes} {baseline.traffic.value.modes.map((mode) => t.modes[mode]).join(t.listSeparator) || t.notKnown}
              {baseline.traffic.value.otherModes === "unknown" && baseline.traffic.value.modes.length ? c.rules.otherModesUnknown : null}
            </dd>
          </div>
          <div>
            <dt>{c.rules.operation}</dt>
            <dd>
              {c.rules.operationValues[baseline.operation.value]} <Cite refs={baseline.operation.sources} numbers={numbers} />
              {baseline.operation.sources[0]?.note ? <span className="small"> — {dataText(baseline.operation.sources[0].note, locale)}</span> : null}
            </dd>
          </div>
          {(["borderPermit", "advanceNotice", "entryFee"] as const).map((key) => {
            const fact = baseline[key];
            const label = c.rules[key];
            return (
              <div key={key}>
                <dt>{label}</dt>
                <dd>
                  {fact ? (
                    <>
                      {fact.value.required ? c.rules.required : c.rules.notRequired}: {dataText(fact.value.detail, locale)} <Cite refs={fact.sources} numbers={numbers} />
                    </>
                  ) : (
                    <span className="muted">{c.rules.noSource}</span>
                  )}
                </dd>
              </div>
            );
          })}
          <div>
            <dt>{c.rules.season}</dt>
            <dd>
              {baseline.season ? (
                <>
                  {dataText(baseline.season.value.description, locale)} <Cite refs={baseline.season.sources} numbers={numbers} />
                </>
              ) : (
                c.rules.allYear
              )}
            </dd>
          </div>
          <div>
            <dt>{c.rules.facilities}</dt>
            <dd>
              {baseline.facilities ? (
                <>
                  <ul>
                    {baseline.facilities.value.map((facility, index) => (
                      <li key={index}>
                        {t.facilities[facility.kind]}: {facility.available ? t.yes : t.no}
                        {facility.side !== null ? c.rules.sideOf(localName(baseline.sides[facility.side].postName.value, locale)) : ""}
                        {facility.detail ? ` — ${dataText(facility.detail, locale)}` : ""}
                      </li>
                    ))}
                  </ul>
                  <Cite refs={baseline.facilities.sources} numbers={numbers} />
                </>
              ) : (
                <span className="muted">{c.rules.noSource}</span>
              )}
            </dd>
          </div>
          {baseline.typicalWait ? (
            <div>
              <dt>{c.rules.typicalWait}</dt>
              <dd>
                {c.rules.minutesRange(baseline.typicalWait.value.minMinutes, baseline.typicalWait.value.maxMinutes)} <Cite refs={baseline.typicalWait.sources} numbers={numbers} />
              </dd>
            </div>
          ) : null}
          {baseline.roadNotes ? (
            <div>
              <dt>{c.rules.road}</dt>
              <dd>
                {dataText(baseline.roadNotes.value, locale)} <Cite refs={baseline.roadNotes.sources} numbers={numbers} />
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{c.sources.title}</h2>
        <ol className="source-list">
          {allSources.map((source) => (
            <li key={source.key} id={`source-${source.key}`}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              {" — "}
              {c.sources.asOf(source.publisher, f.asOf(source.asOf))} {source.kind === "editorial" ? <span className="tag">{c.sources.needsVerification}</span> : null}
              {source.seedFile ? <span className="small muted">{c.sources.keptAs(source.seedFile)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
      <ReaderTimeEnhancer serverZone={reader.zone} explicit={reader.explicit} />
    </article>
  );
}
