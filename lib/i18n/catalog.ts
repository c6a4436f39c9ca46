/**
 * A catalog is a tree of strings and functions returning strings. The English catalog is the
 * reference; every other language must have the same shape (checked by the compiler), so a
 * missing or extra translation is a build error, not a blank on the page.
 */
export type Catalog<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => infer R ? (...args: A) => R : Catalog<T[K]>;
};

/** Catalogs whose strings are passed to client components: plain strings only. */
export type PlainCatalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : PlainCatalog<T[K]> };

/**
 * `map[key]` when `key` is one of the map's own keys, else undefined. For keys that come from
 * a query string, a form or stored data: a plain `map[key]` would find `__proto__`,
 * `toString` and the rest of Object.prototype.
 */
export function ownEntry<T extends object>(map: T, key: unknown): T[keyof T] | undefined {
  return typeof key === "string" && Object.hasOwn(map, key) ? map[key as keyof T] : undefined;
}
