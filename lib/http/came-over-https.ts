/** Whether the reader's browser is on https: as a proxy in front says (X-Forwarded-Proto), or as
 * the browser's own Origin or Referer shows. Over plain http (the e2e on http://localhost) a
 * preference cookie goes without `Secure`: a browser need not keep a Secure cookie it got over http. */
export function cameOverHttps(requestHeaders: Headers): boolean {
  const forwarded = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded === "https") return true;
  return ["origin", "referer"].some((name) => {
    const value = requestHeaders.get(name);
    if (!value) return false;
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  });
}
