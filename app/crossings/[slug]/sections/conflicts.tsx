import type { CrossingBaseline } from "@/lib/baseline/schema";
import { listConflicts, type FactEntry } from "@/lib/baseline/facts";
import { resolveClaims, type SourceStandings } from "@/lib/baseline/standing";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import type { Locale } from "@/lib/i18n/locale";
import { getI18n } from "@/server/i18n";
import { Cite } from "@/app/_components/cite";

/** A fact's claims, each resolved into those in force and those superseded. */
function resolvedConflicts(baseline: CrossingBaseline, standings: SourceStandings) {
  return listConflicts(baseline).map((entry) => ({ ...entry, resolved: resolveClaims(entry.fact, standings) }));
}

const claimText = (path: FactEntry["path"], value: unknown, baseline: CrossingBaseline, locale: Locale) => <q>{describeFactValue(path, value, baseline, locale)}</q>;

/**
 * Facts on which two claims still stand, every claim with its sources (the answer then says
 * unknown and names them), high on the page; nothing when there are none. Where a later source
 * of equal or higher standing superseded every other claim there is no disagreement left:
 * EarlierSources lists those, lower down (42 of the seed's 52 facts with alternatives were shown
 * here as disagreements before).
 */
export async function Conflicts({ baseline, standings, numbers }: { baseline: CrossingBaseline; standings: SourceStandings; numbers: Map<string, number> }) {
  const disputed = resolvedConflicts(baseline, standings).filter((entry) => entry.resolved.current.length > 1);
  if (disputed.length === 0) return null;
  const { locale, t, f } = await getI18n();
  const c = t.crossing;
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{c.conflicts.title}</h2>
      <ul>
        {disputed.map(({ path, fact, resolved }) => (
          <li key={path}>
            <strong>{factLabel(path, baseline, locale)}:</strong>{" "}
            {[fact, ...fact.alternatives].map((claim, index) => {
              // Superseded claims stay visible as history; they no longer change any answer.
              const until = resolved.superseded.find((old) => old.claim.value === claim.value && old.claim.sources === claim.sources)?.until;
              return (
                <span key={index} className={until ? "muted" : undefined}>
                  {index > 0 ? c.conflicts.versus : ""}
                  {until ? c.conflicts.until(f.asOf(until)) : null}
                  {claimText(path, claim.value, baseline, locale)} <Cite refs={claim.sources} numbers={numbers} />
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Facts a later source settled: the claim in force, then what earlier sources said and until when. */
export async function EarlierSources({ baseline, standings, numbers }: { baseline: CrossingBaseline; standings: SourceStandings; numbers: Map<string, number> }) {
  const settled = resolvedConflicts(baseline, standings).filter((entry) => entry.resolved.current.length === 1);
  if (settled.length === 0) return null;
  const { locale, t, f } = await getI18n();
  const c = t.crossing;
  return (
    <section className="earlier-sources" aria-labelledby="earlier-sources-heading">
      <h2 id="earlier-sources-heading">{c.conflicts.earlierTitle}</h2>
      <ul>
        {settled.map(({ path, resolved }) => (
          <li key={path}>
            <strong>{factLabel(path, baseline, locale)}:</strong> {claimText(path, resolved.current[0]!.value, baseline, locale)}{" "}
            <Cite refs={resolved.current[0]!.sources} numbers={numbers} />
            {resolved.superseded.map((old, index) => (
              <span key={index} className="muted">
                {c.conflicts.earlier(f.asOf(old.until))}
                {claimText(path, old.claim.value, baseline, locale)} <Cite refs={old.claim.sources} numbers={numbers} />
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
