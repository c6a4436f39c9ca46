import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossingRecord, getSourcesByKeys } from "@/db/queries/crossings";
import { loadStatusInputs } from "@/db/queries/status";
import { listVisibleReports } from "@/db/queries/reports";
import { currentUser } from "@/lib/auth/session";
import { isModerator } from "@/lib/auth/guards";
import { listActiveNotices } from "@/db/queries/moderation";
import { ActionForm } from "@/app/moderation/action-form";
import type { TravelMode } from "@/lib/baseline/schema";
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
import { listPastWaits } from "@/db/queries/history";
import { waitProfile } from "@/lib/history/wait-profile";
import { flagOutcomeMessages } from "@/lib/moderation/rules";
import { listConflicts } from "@/lib/baseline/facts";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import { countryName } from "@/lib/countries";
import { evaluateStatus } from "@/lib/status/evaluate";
import { nextOpenWindow, nextStateChange } from "@/lib/status/next-window";
import { parsePlannerQuery } from "@/lib/status/planner-query";
import { eligibilityLabels, facilityLabels, modeLabels } from "@/lib/format/labels";
import { formatAsOf, formatDayTime, readerZones, zoneLabel } from "@/lib/format/time";
import { resolveReaderZone } from "@/lib/format/reader-zone";
import { StatusPanel } from "@/app/_components/status-panel";
import { ArrivalPlanner } from "@/app/_components/arrival-planner";
import { Cite } from "@/app/_components/cite";
import { WeekHours } from "@/app/_components/week-hours";
import { ReaderTimeEnhancer } from "@/app/_components/reader-time";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/crossings/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const record = await getCrossingRecord(slug);
  if (!record) return { title: "Crossing not found" };
  const [a, b] = record.baseline.sides;
  return {
    alternates: feedAlternatesFor(slug, record.baseline.name.en),
    title: record.baseline.name.en,
    description: `Hours, rules and state of the ${record.baseline.name.en} border crossing between ${countryName(a.country)} and ${countryName(b.country)}.`,
  };
}

export default async function CrossingPage({ params, searchParams }: PageProps<"/crossings/[slug]">) {
  const { slug } = await params;
  const query = await searchParams;
  const record = await getCrossingRecord(slug);
  if (!record) notFound();

  const baseline = record.baseline;
  const home = baseline.sides[0].timeZone;
  const now = new Date();
  const planner = parsePlannerQuery(query, home);
  const plannedAt = planner.kind === "ok" ? planner.instant : null;
  const user = await currentUser();
  const moderator = isModerator(user);
  const activeNotices = await listActiveNotices(record.id, now);
  const alerts = user ? await listSubscriptions(user.id, record.id) : [];
  const directions = directionLabels(baseline);
  const [inputs, plannedInputs, timeline, pastWaits] = await Promise.all([
    loadStatusInputs(record.id, now, home),
    plannedAt ? loadStatusInputs(record.id, plannedAt, home) : null,
    listVisibleReports(record.id, { limit: 10, before: decodeCursor(query.before) ?? undefined, viewerId: user?.id ?? null }),
    listPastWaits(record.id, now),
  ]);
  const status = evaluateStatus({ baseline, instant: now, ...inputs });
  const planned =
    plannedAt && plannedInputs && planner.kind === "ok"
      ? evaluateStatus({ baseline, instant: plannedAt, mode: planner.mode, ...plannedInputs })
      : null;
  const nextOpen =
    planned && planned.state !== "open" && plannedInputs && planner.kind === "ok"
      ? nextOpenWindow({ baseline, notices: plannedInputs.notices, instant: plannedAt!, mode: planner.mode })
      : null;
  const change = nextStateChange({ baseline, notices: inputs.notices, instant: now });
  const plannedChange =
    planned && plannedInputs && planner.kind === "ok"
      ? nextStateChange({ baseline, notices: plannedInputs.notices, instant: plannedAt!, mode: planner.mode })
      : null;
  const reader = resolveReaderZone(
    typeof query.tz === "string" ? query.tz : undefined,
    (await cookies()).get("tz")?.value,
  );
  // Status reasons may cite sources beyond the baseline's own (public-holiday lists).
  const cited = new Set(record.sources.map((source) => source.key));
  const extraKeys = [...new Set([status, planned].flatMap((s) => s?.reasons ?? []).flatMap((r) => r.sources ?? []).map((r) => r.source))].filter(
    (key) => !cited.has(key),
  );
  const allSources = [...record.sources, ...(await getSourcesByKeys(extraKeys))];
  const numbers = new Map(allSources.map((source, index) => [source.key, index + 1]));
  const conflicts = listConflicts(baseline);
  const [sideA, sideB] = baseline.sides;
  const zoneChoices = readerZones.includes(reader.zone as (typeof readerZones)[number]) ? readerZones : [reader.zone, ...readerZones];

  return (
    <article>
      <Link className="back" href="/">
        ← All crossings
      </Link>
      <h1>
        {baseline.name.en}
        {baseline.name.ru ? (
          <span className="muted small" lang="ru">
            {" "}
            {baseline.name.ru}
          </span>
        ) : null}
      </h1>
      <p className="muted">
        {countryName(sideA.country)} ({sideA.postName.value.en}) – {countryName(sideB.country)} ({sideB.postName.value.en})
      </p>

      <section className="status-panel" aria-label="State now">
        <StatusPanel baseline={baseline} status={status} numbers={numbers} readerZone={reader.zone} title="Now" change={change} />
      </section>

      {activeNotices.length || moderator ? (
        <section id="notices" className="card" aria-labelledby="notices-heading">
          <h2 id="notices-heading">Notices</h2>
          {query.notice === "posted" ? (
            <p className="notice-ok" role="status">
              The notice is posted.
            </p>
          ) : null}
          {activeNotices.length === 0 ? <p className="muted">No notices in force or coming.</p> : null}
          <ul>
            {activeNotices.map((notice) => (
              <li key={notice.id} data-testid="notice">
                <strong>{notice.effect === "closed" ? "Closed" : notice.effect === "open" ? "Open" : "Restricted"}</strong> from{" "}
                {formatDayTime(notice.startsAt, home)} {notice.endsAt ? `until ${formatDayTime(notice.endsAt, home)}` : "until further notice"} ({zoneLabel(home, now)}
                ){notice.modes?.length ? ` for ${notice.modes.map((mode) => modeLabels[mode as TravelMode] ?? mode).join(", ").toLowerCase()}` : ""}: {notice.text}{" "}
                <span className="cite">
                  Source: {notice.sourceUrl ? <a href={notice.sourceUrl}>{notice.sourceTitle}</a> : notice.sourceTitle}
                </span>
                {moderator ? (
                  <ActionForm id={`withdraw-${notice.id}`} action={`/api/moderation/notices/${notice.id}/withdraw`} label="Withdraw notice" returnTo={`/crossings/${slug}#notices`} />
                ) : null}
              </li>
            ))}
          </ul>
          {moderator ? (
            <p className="small">
              Moderators: <Link href={`/moderation/notices?crossing=${slug}`}>post a notice</Link> ·{" "}
              <Link href={`/crossings/${slug}/edit`}>edit the baseline</Link> · <Link href={`/crossings/${slug}/history`}>history</Link>
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
          <h2 id="conflicts-heading">Sources disagree</h2>
          <ul>
            {conflicts.map(({ path, fact }) => (
              <li key={path}>
                <strong>{factLabel(path, baseline)}:</strong>{" "}
                {[fact, ...fact.alternatives].map((claim, index) => (
                  <span key={index}>
                    {index > 0 ? " versus " : ""}
                    <q>{describeFactValue(path, claim.value, baseline)}</q> <Cite refs={claim.sources} numbers={numbers} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="report" aria-labelledby="report-heading" className="card">
        <h2 id="report-heading">Report what you found</h2>
        {typeof query.reported === "string" ? (
          <p className="notice-ok" role="status">
            Thank you: your report is on the timeline below, and the state above includes it.
          </p>
        ) : null}
        {typeof query.held === "string" ? (
          <p className="notice-ok" role="status">
            Thank you. Reports with links from new accounts are checked by a moderator before they show.
          </p>
        ) : null}
        {user ? (
          <ReportForm
            action={submitReportAction.bind(null, slug)}
            idempotencyKey={crypto.randomUUID()}
            submitLabel="Send report"
            {...reportFormOptions(baseline, now)}
          />
        ) : (
          <p>
            Crossed recently?{" "}
            <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#report`)}`}>
              Sign in to report
            </Link>
          </p>
        )}
      </section>

      <section id="alerts" className="card" aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">Alerts by email</h2>
        {typeof query.alert === "string" ? (
          <p className={query.alert === "subscribed" ? "notice-ok" : "notice-error"} role="status">
            {query.alert === "subscribed" ? "Alert set: we will email you when it fires, with a link to stop it." : query.alert}
          </p>
        ) : null}
        {user ? (
          <>
            <ul>
              {alerts.map((alert) => (
                <li key={alert.id} data-testid="alert">
                  {alert.kind === "state" ? "When the state changes" : `When the wait ${directions[alert.direction ?? "a-b"]} is under ${alert.waitBelow} min`}
                  <StopAlertForm subscriptionId={alert.id} returnTo={`/crossings/${slug}#alerts`} />
                </li>
              ))}
            </ul>
            <form action={subscribeAction.bind(null, slug)} className="stack-form">
              <fieldset>
                <legend>Email me</legend>
                <label>
                  <input type="radio" name="kind" value="state" defaultChecked /> when it opens or closes
                </label>
                <br />
                <label>
                  <input type="radio" name="kind" value="wait" /> when the wait is under{" "}
                  <input name="waitBelow" type="number" min={5} max={4320} defaultValue={30} aria-label="Minutes" className="narrow" /> min,{" "}
                  <select name="direction" aria-label="Direction" defaultValue="a-b">
                    <option value="a-b">{directions["a-b"]}</option>
                    <option value="b-a">{directions["b-a"]}</option>
                  </select>
                </label>
              </fieldset>
              <button type="submit" className="button secondary">
                Set alert
              </button>
            </form>
          </>
        ) : (
          <p>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#alerts`)}`}>Sign in</Link> to get an email when this crossing
            opens or closes, or when the wait drops.
          </p>
        )}
      </section>

      <section id="waits" aria-labelledby="waits-heading">
        <h2 id="waits-heading">Typical wait by hour of the week</h2>
        <div className="sides">
          {(["a-b", "b-a"] as const).map((direction) => {
            const from = baseline.sides[direction === "a-b" ? 0 : 1];
            const to = baseline.sides[direction === "a-b" ? 1 : 0];
            return (
              <WaitChart
                key={direction}
                profile={waitProfile(pastWaits, direction, from.timeZone)}
                title={`${countryName(from.country)} → ${countryName(to.country)}`}
                zoneName={from.timeZone.split("/").pop()!.replace(/_/g, " ")}
              />
            );
          })}
        </div>
      </section>

      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Travellers&rsquo; reports</h2>
        {typeof query.flag === "string" && Object.hasOwn(flagOutcomeMessages, query.flag) ? (
          <p className={query.flag === "flagged" ? "notice-ok" : "notice-error"} role="status">
            {flagOutcomeMessages[query.flag as keyof typeof flagOutcomeMessages]}
          </p>
        ) : null}
        {typeof query.feedback === "string" ? (
          <p className={query.feedback === "ok" ? "notice-ok" : "notice-error"} role="status">
            {new Map([
              ["ok", "Thank you: your answer counts towards how much this report weighs."],
              ["own", "You cannot confirm or dispute your own report."],
              ["too-old", "Only reports from the last 24 hours can be confirmed or disputed."],
            ]).get(query.feedback) ?? "That report is no longer shown."}
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
        <h2 id="hours-heading">Hours on each side</h2>
        <form className="inline-form" method="get">
          <div>
            <label htmlFor="tz">Show “your time” in</label>
            <select id="tz" name="tz" defaultValue={reader.zone}>
              {zoneChoices.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneLabel(zone, now)}
                </option>
              ))}
            </select>
          </div>
          <button className="button secondary" type="submit">
            Show
          </button>
        </form>
        <div className="sides">
          {baseline.sides.map((side, index) => (
            <section key={side.country + index} className="card" aria-labelledby={`side-${index}`} data-testid={`side-${index}`}>
              <h3 id={`side-${index}`}>
                {side.postName.value.en}
                {side.postName.value.ru ? <span lang="ru" className="muted small"> {side.postName.value.ru}</span> : null} ·{" "}
                {countryName(side.country)}
              </h3>
              <p className="small muted">
                Local time zone: {zoneLabel(side.timeZone, now)}, now {formatDayTime(now, side.timeZone)}
              </p>
              <p>
                Published hours: <code>{side.hours.value}</code> <Cite refs={side.hours.sources} numbers={numbers} />
              </p>
              {side.hours.alternatives.map((alternative, alt) => (
                <p key={alt} className="alt">
                  Another source says: <code>{alternative.value}</code> <Cite refs={alternative.sources} numbers={numbers} />
                </p>
              ))}
              {side.publicHolidays ? (
                <p className="small">
                  Public holidays:{" "}
                  {side.publicHolidays.value === "closed" ? "closed" : side.publicHolidays.value === "open" ? "open" : "not known"}{" "}
                  <Cite refs={side.publicHolidays.sources} numbers={numbers} />
                </p>
              ) : null}
              <WeekHours side={side} now={now} readerZone={reader.zone} />
              {side.notes ? <p className="small">{side.notes}</p> : null}
            </section>
          ))}
        </div>
        {baseline.season?.value.range ? <p className="small">These are the hours in season: see the season below.</p> : null}
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Who may cross, and what you need</h2>
        <dl className="facts">
          <div>
            <dt>Who may cross</dt>
            <dd>
              {eligibilityLabels[baseline.traffic.value.who]} <Cite refs={baseline.traffic.sources} numbers={numbers} />
            </dd>
            <dd>Modes: {baseline.traffic.value.modes.map((mode) => modeLabels[mode]).join(", ") || "not known"}</dd>
          </div>
          <div>
            <dt>Operation</dt>
            <dd>
              {baseline.operation.value === "operating" ? "Operating" : baseline.operation.value === "closed" ? "Out of operation" : "Not known"}{" "}
              <Cite refs={baseline.operation.sources} numbers={numbers} />
              {baseline.operation.sources[0]?.note ? <span className="small"> — {baseline.operation.sources[0].note}</span> : null}
            </dd>
          </div>
          {(["borderPermit", "advanceNotice", "entryFee"] as const).map((key) => {
            const fact = baseline[key];
            const label = { borderPermit: "Border permit", advanceNotice: "Advance notice", entryFee: "Entry fee" }[key];
            return (
              <div key={key}>
                <dt>{label}</dt>
                <dd>
                  {fact ? (
                    <>
                      {fact.value.required ? "Required" : "Not required"}: {fact.value.detail} <Cite refs={fact.sources} numbers={numbers} />
                    </>
                  ) : (
                    <span className="muted">No source says.</span>
                  )}
                </dd>
              </div>
            );
          })}
          <div>
            <dt>Season</dt>
            <dd>
              {baseline.season ? (
                <>
                  {baseline.season.value.description} <Cite refs={baseline.season.sources} numbers={numbers} />
                </>
              ) : (
                "All year, as far as the sources say."
              )}
            </dd>
          </div>
          <div>
            <dt>Facilities</dt>
            <dd>
              {baseline.facilities ? (
                <>
                  <ul>
                    {baseline.facilities.value.map((facility, index) => (
                      <li key={index}>
                        {facilityLabels[facility.kind]}: {facility.available ? "yes" : "no"}
                        {facility.side !== null ? ` (${baseline.sides[facility.side].postName.value.en} side)` : ""}
                        {facility.detail ? ` — ${facility.detail}` : ""}
                      </li>
                    ))}
                  </ul>
                  <Cite refs={baseline.facilities.sources} numbers={numbers} />
                </>
              ) : (
                <span className="muted">No source says.</span>
              )}
            </dd>
          </div>
          {baseline.typicalWait ? (
            <div>
              <dt>Typical wait</dt>
              <dd>
                {baseline.typicalWait.value.minMinutes}–{baseline.typicalWait.value.maxMinutes} minutes{" "}
                <Cite refs={baseline.typicalWait.sources} numbers={numbers} />
              </dd>
            </div>
          ) : null}
          {baseline.roadNotes ? (
            <div>
              <dt>Road</dt>
              <dd>
                {baseline.roadNotes.value} <Cite refs={baseline.roadNotes.sources} numbers={numbers} />
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ol className="source-list">
          {allSources.map((source) => (
            <li key={source.key} id={`source-${source.key}`}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              {" — "}
              {source.publisher}, as of {formatAsOf(source.asOf)}.{" "}
              {source.kind === "editorial" ? <span className="tag">needs verification</span> : null}
              {source.seedFile ? <span className="small muted"> (kept as seeds/{source.seedFile})</span> : null}
            </li>
          ))}
        </ol>
      </section>
      <ReaderTimeEnhancer serverZone={reader.zone} explicit={reader.explicit} />
    </article>
  );
}
