/**
 * A catalog is a tree of strings and functions returning strings. The English catalog is the
 * reference; every other language must have the same shape (checked by the compiler), so a
 * missing or extra translation is a build error, not a blank on the page.
 */
export type Catalog<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : Catalog<T[K]>;
};

/** Catalogs whose strings are passed to client components: plain strings only. */
export type PlainCatalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : PlainCatalog<T[K]> };
