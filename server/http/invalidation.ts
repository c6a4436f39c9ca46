/**
 * The app's invalidation tags (db/cache-bus.ts: `crossing:<id>`, `list`, `crossings` for
 * everything, `user:<id>` for one user's own pages) in the page store's terms (`slug:<slug>`,
 * `list`, `*`, `user:<id>`). Pages are keyed by URL,
 * so a crossing's id is looked up as its slug; an id not known yet drops everything (safe) and
 * the table is read again.
 */
import type { Connection } from "@/db/client";
import { ALL_TAG, USER_TAG_PREFIX } from "./page-store";

export class InvalidationTags {
  private slugs = new Map<number, string>();
  private loading: Promise<void> | null = null;

  constructor(private readonly connection: () => Connection | null) {}

  /** The page-store tags for the app's tags. */
  map(tags: string[]): string[] {
    const mapped = new Set<string>();
    for (const tag of tags) {
      if (tag === "crossings") {
        mapped.add(ALL_TAG);
        void this.refresh();
      } else if (tag === "list") mapped.add("list");
      else if (tag.startsWith(USER_TAG_PREFIX)) mapped.add(tag);
      else if (tag.startsWith("crossing:")) {
        const slug = this.slugs.get(Number(tag.slice("crossing:".length)));
        if (slug) mapped.add(`slug:${slug}`);
        else {
          mapped.add(ALL_TAG);
          void this.refresh();
        }
      }
    }
    return [...mapped];
  }

  refresh(): Promise<void> {
    const connection = this.connection();
    if (!connection || this.loading) return this.loading ?? Promise.resolve();
    this.loading = connection
      .rawQuery("select id, slug from crossings", [])
      .then((rows) => {
        this.slugs = new Map(rows.map((row) => [Number(row.id), String(row.slug)]));
      })
      .catch(() => undefined)
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
