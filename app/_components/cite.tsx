import type { SourceRef } from "@/lib/baseline/schema";
import { formatAsOf } from "@/lib/format/time";

/** "[2, May 2024]" links to the numbered source list at the foot of the crossing page. */
export function Cite({ refs: all, numbers }: { refs: SourceRef[]; numbers: Map<string, number> }) {
  const refs = all.filter((ref, index) => all.findIndex((other) => other.source === ref.source && other.asOf === ref.asOf) === index);
  return (
    <span className="cite">
      {refs.map((ref, index) => (
        <span key={`${ref.source}-${index}`} title={ref.note}>
          {index > 0 ? " " : ""}[
          <a href={`#source-${ref.source}`} aria-label={`Source ${numbers.get(ref.source)}, as of ${formatAsOf(ref.asOf)}`}>
            {numbers.get(ref.source)}
          </a>
          , {formatAsOf(ref.asOf)}]
        </span>
      ))}
    </span>
  );
}
