/*
 * Crossings' service worker: the list and the crossing pages a reader has opened stay
 * readable offline. Network first; when the network fails, the copy saved the last time the
 * page was opened is shown under a banner saying when it was saved. No framework, no build.
 *
 * What is saved: only GET navigations to `/` and `/crossings/{slug}` without a query string
 * whose response the production server marked as the same for every anonymous reader
 * (`x-crossings-cache`, server/http/server.ts; a signed-in reader's own cached pages are marked
 * `x-crossings-own-cache` instead). A signed-in reader's pages,
 * POSTs, /api/*, /moderation, /account and everything else are never stored. At most
 * MAX_PAGES pages, the oldest dropped first. Saved copies are shown without their scripts:
 * they are a read-only snapshot (the pages work without JavaScript), and a page hydrated from
 * an edited document would not match.
 */
const PAGES = "crossings-pages-v1";
const STYLES = "crossings-styles-v1";
const MAX_PAGES = 30;
const MAX_STYLES = 6;
const SAVEABLE = /^\/(?:crossings\/[a-z0-9-]{1,80})?$/;

// The SW cannot read the app's catalogs; these few words are kept here in both languages.
const TEXT = {
  en: {
    saved: (when) => `Offline: saved copy from ${when} — the state may have changed.`,
    title: "Offline",
    notSaved: "You are offline, and this page was not saved on this device.",
    savedPages: "Pages saved on this device:",
    none: "None yet: pages you open while online are kept for reading offline.",
  },
  ru: {
    saved: (when) => `Нет сети: сохранённая копия от ${when} — состояние могло измениться.`,
    title: "Нет сети",
    notSaved: "Нет подключения к сети, а эта страница не сохранена на этом устройстве.",
    savedPages: "Страницы, сохранённые на этом устройстве:",
    none: "Пока нет: страницы, открытые при подключении, сохраняются для чтения без сети.",
  },
};

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(navigate(event, request, url));
  else if (request.destination === "style" && url.pathname.startsWith("/_next/static/")) event.respondWith(style(request));
});

// Every anonymous page load asks for its copy to be kept: a page loaded before the worker was
// in control (the first visit) was not seen by it. A copy saved in the last minute (by the
// navigation itself) is enough, so a page the worker did see costs no second request.
self.addEventListener("message", (event) => {
  const path = typeof event.data?.save === "string" ? event.data.save : "";
  const url = new URL(path, self.location.origin);
  if (!path || url.origin !== self.location.origin || url.search || !SAVEABLE.test(url.pathname)) return;
  event.waitUntil(
    (async () => {
      const saved = await (await caches.open(PAGES)).match(url.pathname);
      if (saved && Date.now() - Date.parse(saved.headers.get("x-saved-at")) < 60_000) return;
      const response = await fetch(url);
      if (response.ok && response.headers.has("x-crossings-cache")) await save(url.pathname, response);
    })().catch(() => undefined),
  );
});

async function navigate(event, request, url) {
  try {
    const response = await fetch(request);
    if (!url.search && SAVEABLE.test(url.pathname) && response.ok && response.headers.has("x-crossings-cache")) {
      // Saved beside the response, not before it: the page streams to the reader as it comes,
      // and a failure to save (a full quota) never turns an online visit into the offline page.
      event.waitUntil(save(url.pathname, response.clone()).catch(() => undefined));
    }
    return response;
  } catch {
    const saved = SAVEABLE.test(url.pathname) ? await (await caches.open(PAGES)).match(url.pathname) : undefined;
    return saved ? savedCopy(saved) : offlinePage();
  }
}

async function save(path, response) {
  const html = await response.text();
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "x-saved-at": new Date().toISOString(),
    "x-saved-title": encodeURIComponent((/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? path).slice(0, 200)),
  };
  const cache = await caches.open(PAGES);
  // Delete first so the page moves to the end of the cache's (insertion-ordered) keys.
  await cache.delete(path);
  await cache.put(path, new Response(html, { headers }));
  await trim(cache, MAX_PAGES);
  // Its stylesheets too (hashed names: a saved one never changes).
  const styles = await caches.open(STYLES);
  for (const [, href] of html.matchAll(/<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/g)) {
    if (!(await styles.match(href))) {
      const css = await fetch(href).catch(() => null);
      if (css?.ok) await styles.put(href, css);
    }
  }
  await trim(styles, MAX_STYLES);
}

async function trim(cache, max) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key);
}

function languageOf(html) {
  return /<html[^>]*\blang="ru"/.test(html) ? "ru" : "en";
}

function when(iso, lang) {
  return new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** Pages this worker makes itself run no script at all (a saved copy has its scripts removed,
 * the offline page has none); their one inline style is the offline page's. */
const SYNTHESIZED_HEADERS = {
  "content-security-policy": "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

async function savedCopy(saved) {
  const html = await saved.text();
  const lang = languageOf(html);
  const savedAt = saved.headers.get("x-saved-at");
  const banner = `<p class="offline-banner" role="status" data-testid="offline-banner" data-saved-at="${savedAt}">${TEXT[lang].saved(`<time datetime="${savedAt}">${when(savedAt, lang)}</time>`)}</p>`;
  const body = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]+rel="(?:preload|modulepreload)"[^>]*>/g, "")
    .replace(/(<main\b[^>]*>)/, `$1${banner}`);
  return new Response(body, { headers: { ...SYNTHESIZED_HEADERS, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

async function offlinePage() {
  const cache = await caches.open(PAGES);
  const keys = await cache.keys();
  const entries = await Promise.all(keys.map(async (key) => ({ key, response: await cache.match(key) })));
  const newest = entries.at(-1)?.response;
  const lang = newest ? languageOf(await newest.clone().text()) : (self.navigator.language ?? "").startsWith("ru") ? "ru" : "en";
  const t = TEXT[lang];
  const links = entries
    .reverse()
    .map(({ key, response }) => {
      const path = new URL(key.url).pathname;
      const title = decodeURIComponent(response.headers.get("x-saved-title") ?? path).replace(/[<>&"]/g, "");
      return `<li><a href="${path}">${title}</a> (${when(response.headers.get("x-saved-at"), lang)})</li>`;
    })
    .join("");
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title} — Crossings</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1b1b1b}a{color:#0b5394}</style></head>
<body><main><h1>${t.title}</h1><p data-testid="offline-message">${t.notSaved}</p>${links ? `<p>${t.savedPages}</p><ul>${links}</ul>` : `<p>${t.none}</p>`}</main></body></html>`;
  return new Response(html, { status: 503, headers: { ...SYNTHESIZED_HEADERS, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

async function style(request) {
  return (await (await caches.open(STYLES)).match(request)) ?? fetch(request);
}
