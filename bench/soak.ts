/**
 * A soak of the production server: for `seconds`, anonymous readers (pages, the planner, the
 * API, feeds, in both languages and several zones, some with made-up zones and duplicate
 * cookies), signed-in readers, writers (reports through the API with bearer tokens), a voter
 * ("still accurate?" on other accounts' recent reports, through the page's own form) and
 * readers who hang up at random moments — then every page is asked once more, one at a time,
 * and must answer in full within `deadlineMs` (1 s by default). A page that does not is
 * "wedged". Used by `npm run bench` (5 minutes) and e2e/soak.spec.ts (30 s).
 *
 * Only HTTP: works against any server, on any database.
 */
import { getFully, hangUp, randomHangUp, seeded, type Outcome } from "./raw-http";

export interface SoakOptions {
  url: string;
  seconds: number;
  /** Crossings to read and write about (the first ones get most of the traffic). */
  slugs: string[];
  /** API bearer tokens: one writer each. */
  tokens?: string[];
  /** `authjs.session-token` values: signed-in readers; the first also votes. */
  sessions?: string[];
  /** Concurrent anonymous readers (default 8). */
  readers?: number;
  /** Concurrent readers who hang up (default 3). */
  hangUps?: number;
  /** Per page in the check afterwards (default 1000 ms). */
  deadlineMs?: number;
  /** At most this many of the variants seen during the soak are checked afterwards (default 400). */
  maxChecks?: number;
  /** Longest a request during the soak may take before it counts as an error (default 30 s). */
  requestTimeoutMs?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  seconds: number;
  /** Requests that were meant to be answered (hang-ups not included). */
  requests: number;
  /** No whole answer (a reset, a cut-off body, no answer within requestTimeoutMs). */
  errors: number;
  status5xx: number;
  hangUps: number;
  reports: { posted: number; refused: number };
  votes: { cast: number; refused: number };
  signedInReads: number;
  /** Pages asked in the check afterwards, and those that did not answer in full in time. */
  checked: number;
  wedged: string[];
  /** The slowest page of the check afterwards, in ms. */
  slowestCheckMs: number;
  /** Latency of the answered requests during the soak (reads and writes), in ms. */
  latency: { p50: number; p99: number; max: number };
  /** A few of the errors and 5xx answers, for the log. */
  samples: string[];
}

const ZONES = ["Asia/Bishkek", "Asia/Almaty", "Asia/Tashkent", "Asia/Dushanbe", "Asia/Shanghai", "Europe/Moscow", "Europe/Berlin", "America/New_York"];

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { url, slugs } = options;
  const random = seeded(options.seed ?? 20261205);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  /** Busier crossings first: a skewed pick, as real traffic is. */
  const pickSlug = () => slugs[Math.min(slugs.length - 1, Math.floor(slugs.length * random() * random()))]!;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const log = options.log ?? (() => {});
  const result: SoakResult = {
    seconds: options.seconds,
    requests: 0,
    errors: 0,
    status5xx: 0,
    hangUps: 0,
    reports: { posted: 0, refused: 0 },
    votes: { cast: 0, refused: 0 },
    signedInReads: 0,
    checked: 0,
    wedged: [],
    slowestCheckMs: 0,
    latency: { p50: 0, p99: 0, max: 0 },
    samples: [],
  };
  const durations: number[] = [];
  /** Every variant of a cacheable page the readers asked for: each is checked afterwards. */
  const seen = new Map<string, { path: string; headers: Record<string, string> }>();
  const note = (line: string) => result.samples.length < 20 && result.samples.push(line);
  const count = (label: string, outcome: Outcome) => {
    result.requests++;
    if (outcome.ok) durations.push(outcome.answer.ms);
    if (!outcome.ok) {
      result.errors++;
      note(`${label}: ${outcome.reason}`);
    } else if (outcome.answer.status >= 500) {
      result.status5xx++;
      note(`${label}: ${outcome.answer.status}`);
    }
    return outcome;
  };

  const anonymousPath = (): string => {
    const slug = pickSlug();
    const roll = random();
    if (roll < 0.35) return `/crossings/${slug}`;
    if (roll < 0.45) return "/";
    if (roll < 0.5) return "/map";
    if (roll < 0.58) {
      const day = new Date(Date.now() + Math.floor(random() * 10) * 86400_000).toISOString().slice(0, 10);
      return `/crossings/${slug}?date=${day}&time=${String(Math.floor(random() * 24)).padStart(2, "0")}:${pick(["00", "15", "30", "45"])}${random() < 0.5 ? "&mode=car" : ""}`;
    }
    if (roll < 0.63) return `/crossings/${slug}/history`;
    if (roll < 0.7) return "/api/v1/crossings";
    if (roll < 0.8) return `/api/v1/crossings/${slug}/status`;
    if (roll < 0.85) return `/api/v1/crossings/${slug}/reports`;
    if (roll < 0.92) return `/feeds/crossings/${slug}.atom`;
    return `/feeds/countries/${pick(["kg", "kz", "uz", "tj", "cn", "ru"])}.atom`;
  };
  const anonymousHeaders = (): Record<string, string> => {
    const cookies: string[] = [];
    const lang = random();
    if (lang < 0.3) cookies.push("lang=ru");
    else if (lang < 0.5) cookies.push("lang=en");
    else if (lang < 0.52) cookies.push("lang=en; lang=ru");
    const tz = random();
    if (tz < 0.3) cookies.push(`tz=${pick(ZONES)}`);
    else if (tz < 0.33) cookies.push(`tz=Nowhere/Soak_${Math.floor(random() * 1e6)}`);
    const headers: Record<string, string> = {};
    if (cookies.length) headers.cookie = cookies.join("; ");
    if (random() < 0.7) headers["accept-encoding"] = "gzip";
    if (random() < 0.3) headers["accept-language"] = pick(["ru-RU,ru;q=0.9", "en-GB,en;q=0.8", "kk, ru;q=0.5"]);
    if (random() < 0.02) headers.purpose = "prefetch";
    return headers;
  };

  const remember = (path: string, headers: Record<string, string>) => {
    // The pages the server may keep (no query string), in the variants that key them: the
    // language and zone cookies and Accept-Language. Made-up zones are not re-asked one by one.
    if (path.includes("?") || !/^\/(?:crossings\/[a-z0-9-]+|map)?$|^\/api\/v1\/crossings/.test(path) || /Nowhere\//.test(headers.cookie ?? "")) return;
    const variant: Record<string, string> = {};
    if (headers.cookie) variant.cookie = headers.cookie;
    if (headers["accept-language"]) variant["accept-language"] = headers["accept-language"];
    seen.set(`${path}\n${JSON.stringify(variant)}`, { path, headers: variant });
  };
  const until = Date.now() + options.seconds * 1000;
  const running = () => Date.now() < until;
  const lanes: Promise<void>[] = [];

  for (let i = 0; i < (options.readers ?? 8); i++) {
    lanes.push(
      (async () => {
        while (running()) {
          const path = anonymousPath();
          const headers = anonymousHeaders();
          remember(path, headers);
          count(`GET ${path}`, await getFully(`${url}${path}`, headers, requestTimeoutMs));
        }
      })(),
    );
  }
  for (let i = 0; i < (options.hangUps ?? 3); i++) {
    lanes.push(
      (async () => {
        while (running()) {
          const path = random() < 0.7 ? `/crossings/${pickSlug()}` : pick(["/", "/map", `/api/v1/crossings/${pickSlug()}/status`, `/feeds/crossings/${pickSlug()}.atom`]);
          const headers = anonymousHeaders();
          remember(path, headers);
          // Now and then two at once on one page (two phones giving up on the same render).
          if (random() < 0.3) {
            result.hangUps += 2;
            const after = Math.floor(random() * 40);
            await Promise.all([hangUp(`${url}${path}`, { kind: "after", afterMs: after }, headers), hangUp(`${url}${path}`, { kind: "after", afterMs: after + 5 }, headers)]);
          } else {
            result.hangUps++;
            await hangUp(`${url}${path}`, randomHangUp(random), headers);
          }
        }
      })(),
    );
  }
  const sessions = options.sessions ?? [];
  for (const session of sessions) {
    lanes.push(
      (async () => {
        while (running()) {
          const path = `/crossings/${pickSlug()}`;
          const outcome = count(
            `GET ${path} signed in`,
            await getFully(`${url}${path}`, { cookie: `authjs.session-token=${session}`, "accept-encoding": "gzip" }, requestTimeoutMs),
          );
          if (outcome.ok) result.signedInReads++;
          await pause(200);
        }
      })(),
    );
  }
  for (const token of options.tokens ?? []) {
    lanes.push(
      (async () => {
        while (running()) {
          const slug = pickSlug();
          const outcome = await postReport(url, slug, token, requestTimeoutMs);
          result.requests++;
          if (outcome === "posted") result.reports.posted++;
          else if (outcome === "refused") result.reports.refused++;
          else {
            if (outcome.startsWith("5")) result.status5xx++;
            else result.errors++;
            note(`POST report ${slug}: ${outcome}`);
          }
          await pause(500 + random() * 1000);
        }
      })(),
    );
  }
  if (sessions[0]) {
    const voter = sessions[0];
    lanes.push(
      (async () => {
        while (running()) {
          const outcome = await voteOnce(url, pickSlug(), voter, random() < 0.5 ? "confirm" : "dispute", requestTimeoutMs);
          result.requests++;
          if (outcome.kind === "cast") result.votes.cast++;
          else if (outcome.kind === "refused" || outcome.kind === "nothing") result.votes.refused++;
          else {
            if (outcome.kind === "5xx") result.status5xx++;
            else result.errors++;
            note(`vote: ${outcome.detail}`);
          }
          await pause(outcome.kind === "refused" ? Math.min(outcome.retryAfterMs ?? 1000, 5000) : 300);
        }
      })(),
    );
  }
  await Promise.all(lanes);
  log(
    `  soak: ${result.requests} requests, ${result.hangUps} hang-ups, ${result.reports.posted} reports, ${result.votes.cast} votes in ${options.seconds} s; checking every page…`,
  );

  durations.sort((a, b) => a - b);
  const at = (q: number) => Math.round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0);
  result.latency = { p50: at(0.5), p99: at(0.99), max: Math.round(durations.at(-1) ?? 0) };

  // Then every page, in every variant the readers asked for (and a few fixed ones), two at a
  // time and nothing else running: each must answer in full within the deadline.
  const deadlineMs = options.deadlineMs ?? 1000;
  const variants: Record<string, string>[] = [
    {},
    { cookie: "lang=ru" },
    { cookie: `tz=${ZONES[0]}`, "accept-encoding": "gzip" },
    { cookie: `lang=ru; tz=${ZONES[2]}`, "accept-encoding": "gzip" },
  ];
  const pages = ["/", "/map", ...slugs.map((slug) => `/crossings/${slug}`)];
  const checks = [
    ...pages.flatMap((path) => variants.map((headers) => ({ path, headers }))),
    ...slugs.slice(0, 3).flatMap((slug) => [`/api/v1/crossings/${slug}/status`, `/feeds/crossings/${slug}.atom`].map((path) => ({ path, headers: {} as Record<string, string> }))),
    ...sessions.slice(0, 1).map((session) => ({ path: `/crossings/${slugs[0]}`, headers: { cookie: `authjs.session-token=${session}` } as Record<string, string> })),
    ...[...seen.values()].slice(0, options.maxChecks ?? 400),
  ];
  let next = 0;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < checks.length) {
        const check = checks[next++]!;
        const outcome = await getFully(`${url}${check.path}`, check.headers, deadlineMs);
        result.checked++;
        if (outcome.ok) result.slowestCheckMs = Math.max(result.slowestCheckMs, Math.round(outcome.answer.ms));
        const whole =
          outcome.ok && outcome.answer.status === 200 && (!String(outcome.answer.headers["content-type"]).startsWith("text/html") || outcome.answer.text.includes("</html>"));
        if (!whole) result.wedged.push(`${check.path} ${JSON.stringify(check.headers)}: ${outcome.ok ? `status ${outcome.answer.status}` : outcome.reason}`);
      }
    }),
  );
  return result;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A report through the API, as a traveller's app would post one. */
export async function postReport(url: string, slug: string, token: string, timeoutMs = 30_000): Promise<"posted" | "refused" | string> {
  try {
    const response = await fetch(`${url}/api/v1/crossings/${slug}/reports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        direction: Math.random() < 0.5 ? "a-b" : "b-a",
        observedAt: new Date(Math.floor((Date.now() - Math.random() * 3600_000) / 1000) * 1000).toISOString(),
        seen: Math.random() < 0.8 ? "open" : "closed",
        mode: "car",
        waitMinutes: Math.floor(Math.random() * 120),
        notes: `soak ${crypto.randomUUID().slice(0, 8)}`,
        idempotencyKey: crypto.randomUUID(),
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (response.status === 201 || response.status === 200) return "posted";
    if (response.status === 429 || response.status === 403 || response.status === 422 || response.status === 400) return "refused";
    return String(response.status);
  } catch (error) {
    return `no answer: ${(error as Error).message}`;
  }
}

export type VoteOutcome =
  | { kind: "cast" }
  /** The server refused (a limit): wait as it says. */
  | { kind: "refused"; retryAfterMs?: number }
  /** No report on the page this reader may vote on. */
  | { kind: "nothing" }
  | { kind: "5xx"; detail: string }
  | { kind: "error"; detail: string };

/**
 * One "still accurate?" vote as a browser without JavaScript casts it: the signed-in crossing
 * page, its first feedback form (the server action's hidden fields as rendered), posted back.
 */
export async function voteOnce(url: string, slug: string, session: string, kind: "confirm" | "dispute", timeoutMs = 30_000): Promise<VoteOutcome> {
  const cookie = `authjs.session-token=${session}`;
  try {
    const page = await fetch(`${url}/crossings/${slug}`, { headers: { cookie }, signal: AbortSignal.timeout(timeoutMs) });
    const html = await page.text();
    if (page.status >= 500) return { kind: "5xx", detail: `GET /crossings/${slug} ${page.status}` };
    const form = feedbackForm(html);
    if (!form) return { kind: "nothing" };
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, value);
    body.append("kind", kind);
    const response = await fetch(`${url}${form.action || `/crossings/${slug}`}`, {
      method: "POST",
      headers: { cookie, origin: url },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (response.status === 429) return { kind: "refused", retryAfterMs: Number(response.headers.get("retry-after") ?? 1) * 1000 };
    if (response.status >= 500) return { kind: "5xx", detail: `POST vote ${response.status}` };
    if (response.status === 303 || response.status === 200) {
      const location = response.headers.get("location") ?? "";
      if (/feedback=ok/.test(location)) return { kind: "cast" };
      if (/feedback=(limited|too-many|rate)/.test(location)) return { kind: "refused" };
      return response.status === 303 ? { kind: "refused" } : { kind: "cast" };
    }
    return { kind: "error", detail: `POST vote ${response.status}` };
  } catch (error) {
    return { kind: "error", detail: (error as Error).message };
  }
}

/** The first "still accurate?" form of a page: where it posts, and its fields (hidden inputs, reportId). */
export function feedbackForm(html: string): { action: string; fields: [string, string][] } | null {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const inner = match[2]!;
    if (!/name="reportId"/.test(inner) || !/value="confirm"/.test(inner)) continue;
    const action = /\baction="([^"]*)"/.exec(match[1]!)?.[1];
    const fields: [string, string][] = [];
    for (const input of inner.matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      if (!name || !/type="hidden"/.test(tag)) continue;
      fields.push([decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "")]);
    }
    return { action: action && action.startsWith("/") ? decodeEntities(action) : "", fields };
  }
  return null;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
