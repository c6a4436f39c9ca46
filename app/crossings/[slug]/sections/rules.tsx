import type { CrossingBaseline } from "@/lib/baseline/schema";
import { dataText } from "@/lib/i18n/data-text";
import { localName } from "@/lib/i18n/reasons";
import { getI18n } from "@/server/i18n";
import { Cite } from "@/app/_components/cite";

/** Who may cross and how, operation, permits and fees, season, facilities, the typical wait and
 * the road: every fact with its sources, or "no source" where none is known. */
export async function Rules({ baseline, numbers }: { baseline: CrossingBaseline; numbers: Map<string, number> }) {
  const { locale, t } = await getI18n();
  const c = t.crossing;
  return (
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
  );
}
