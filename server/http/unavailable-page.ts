/**
 * The page readers get while the database is away (server/http/outage.ts sends it as a 503 with
 * Retry-After instead of Next.js's generic error page): plain HTML in the reader's language,
 * no script, no database, so it can always be rendered.
 */

/** Seconds a client should wait before trying again: restarts and failovers take a few. */
export const RETRY_AFTER_SECONDS = 5;

const TEXT: Record<string, { title: string; body: string; retry: string; allCrossings: string }> = {
  en: {
    title: "Crossings is briefly unavailable",
    body: "We cannot reach our database just now, so we cannot show up-to-date border information. This usually lasts only a few seconds.",
    retry: "Try again",
    allCrossings: "All crossings",
  },
  ru: {
    title: "Crossings ненадолго недоступен",
    body: "Сейчас нет связи с нашей базой данных, поэтому мы не можем показать актуальные сведения о границах. Обычно это длится всего несколько секунд.",
    retry: "Попробовать ещё раз",
    allCrossings: "Все переходы",
  },
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The whole page for `locale` ("en" | "ru"); `path` is where "Try again" leads; `nonce`, the
 * response's CSP nonce, lets its one inline style through the policy. */
export function unavailablePage(locale: string, path: string, nonce: string | null = null): string {
  const t = TEXT[locale] ?? TEXT.en!;
  const lang = TEXT[locale] ? locale : "en";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)} — Crossings</title>
<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ""}>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}
header{background:#17324d;color:#fff;padding:.75rem 1rem;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
a{color:#0b5cad}
</style>
</head>
<body>
<header>Crossings</header>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.body)}</p>
<p><a href="${escapeHtml(path)}">${escapeHtml(t.retry)}</a> · <a href="/">${escapeHtml(t.allCrossings)}</a></p>
</main>
</body>
</html>
`;
}
