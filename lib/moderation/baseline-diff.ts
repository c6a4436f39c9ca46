/** What a baseline revision changed, fact by fact, in words (in the reader's language). */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { describeFactValue, factLabel } from "@/lib/baseline/describe";
import { listFacts } from "@/lib/baseline/facts";
import { stableJson } from "@/lib/text/stable-json";
import type { Locale } from "@/lib/i18n/locale";

export interface FactChange {
  path: string;
  label: string;
  before: string | null;
  after: string | null;
}

export function diffBaselines(before: CrossingBaseline, after: CrossingBaseline, locale: Locale = "en"): FactChange[] {
  const old = new Map(listFacts(before).map((entry) => [entry.path, entry.fact.value]));
  const now = new Map(listFacts(after).map((entry) => [entry.path, entry.fact.value]));
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  return paths
    .filter((path) => stableJson(old.get(path)) !== stableJson(now.get(path)))
    .map((path) => ({
      path,
      label: factLabel(path, now.has(path) ? after : before, locale),
      before: old.has(path) ? describeFactValue(path, old.get(path), before, locale) : null,
      after: now.has(path) ? describeFactValue(path, now.get(path), after, locale) : null,
    }));
}
