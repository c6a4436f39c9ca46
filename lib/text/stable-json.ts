/** JSON with every object's keys in sorted order: equal data gives equal text, whatever order the
 * keys were written in (jsonb, for one, stores them in an order of its own). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}
