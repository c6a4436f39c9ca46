import type { CrossingBaseline } from "@/lib/baseline/schema";
import { listConflicts } from "@/lib/baseline/facts";
import { resolveClaims, type SourceStandings } from "@/lib/baseline/standing";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import { getI18n } from "@/server/i18n";
import { Cite } from "@/app/_components/cite";

/** Facts the sources disagree on, every claim with its sources; nothing when they agree. */
export async function Conflicts({ baseline, standings, numbers }: { baseline: CrossingBaseline; standings: SourceStandings; numbers: Map<string, number> }) {
  const conflicts = listConflicts(baseline);
  if (conflicts.length === 0) return null;
  const { locale, t } = await getI18n();
  const c = t.crossing;
  return (
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
  );
}
