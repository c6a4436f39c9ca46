/** Where to send a reader back to after signing in or a form: pure, so it is unit-tested. */

/** Only a path on this site: never an absolute URL, a protocol-relative "//host", or tricks
 * a browser would turn into one ("/\\host", "/\t/host"). */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 500 || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://crossings.invalid");
    if (url.origin !== "http://crossings.invalid" || url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
