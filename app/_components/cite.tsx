import { Fragment } from "react";
import type { SourceRef } from "@/lib/baseline/schema";
import { getI18n } from "@/server/i18n";
import { dataText } from "@/lib/i18n/data-text";

/** "[2, May 2024]" links to the numbered source list at the foot of the crossing page. */
export async function Cite({ refs: all, numbers }: { refs: SourceRef[]; numbers: Map<string, number> }) {
  const { t, f, locale } = await getI18n();
  const refs = all.filter((ref, index) => all.findIndex((other) => other.source === ref.source && other.asOf === ref.asOf) === index);
  return (
    <span className="cite">
      {refs.map((ref, index) => (
        // The space between citations is outside them: a row of citations wraps there, never
        // inside one (globals.css).
        <Fragment key={`${ref.source}-${index}`}>
          {index > 0 ? " " : null}
          <span title={dataText(ref.note, locale) ?? undefined}>
            [
            <a href={`#source-${ref.source}`} aria-label={t.crossing.sources.citeLabel(numbers.get(ref.source), f.asOf(ref.asOf))}>
              {numbers.get(ref.source)}
            </a>
            , {f.asOf(ref.asOf)}]
          </span>
        </Fragment>
      ))}
    </span>
  );
}
