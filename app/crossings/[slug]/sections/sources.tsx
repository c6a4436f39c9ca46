import type { Source } from "@/lib/baseline/schema";
import { getI18n } from "@/server/i18n";

/** Every source the page cites, numbered as the citations number them. */
export async function Sources({ sources }: { sources: Source[] }) {
  const { t, f } = await getI18n();
  const c = t.crossing;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{c.sources.title}</h2>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.key} id={`source-${source.key}`}>
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {" — "}
            {c.sources.asOf(source.publisher, f.asOf(source.asOf))} {source.kind === "editorial" ? <span className="tag">{c.sources.needsVerification}</span> : null}
            {source.seedFile ? <span className="small muted">{c.sources.keptAs(source.seedFile)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
