/**
 * Reports kept on the device (browser only): in localStorage, per account, and sent through
 * `POST /api/v1/crossings/{slug}/reports` when the connection works. With JavaScript every new
 * report is written here before the form's server action is sent (a connection that carries
 * nothing — "lie-fi" — must not lose it) and removed when the server has answered the form;
 * one written while the browser says it is offline is not posted at all. The form's
 * idempotency key goes with each report, so sending one twice (the action arrived but its
 * answer was lost, two tabs, a retry) still makes one report. What became of each (sent, or
 * refused with the API's error) is kept until the traveller has been shown it once.
 */

export interface OfflineReportBody {
  direction: string;
  observedAt: string;
  seen: string;
  mode: string;
  /** A string only when what was typed is not a number: the API then refuses it with its message. */
  waitMinutes: number | string | null;
  tags: string[];
  notes: string;
  idempotencyKey: string;
}

export interface PendingReport {
  slug: string;
  crossing: string;
  userId: string;
  savedAt: string;
  body: OfflineReportBody;
  /** Set while the form's own server action may still be on its way (an ISO time: until
   * then the report is not sent from here) and the traveller has not been told it is kept. */
  inFlight?: string;
}

export interface ReportOutcome extends Omit<PendingReport, "body"> {
  sent: boolean;
  error?: string;
}

const PENDING = "crossings.pendingReports";
const OUTCOMES = "crossings.reportOutcomes";

function read<T>(key: string): T[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function write<T>(key: string, items: T[]): void {
  localStorage.setItem(key, JSON.stringify(items));
}

/** The offset of `zone` from UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - instant;
}

/** The form's "2026-12-01T14:05" in the crossing's zone → an ISO instant (what the API takes);
 * anything else is passed on as typed, for the API to refuse with its own message. */
export function localToInstant(value: string, zone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // Twice: the first guess uses the offset at the wrong instant when a zone's offset changed between.
  const guess = wall - offsetMs(wall, zone);
  return new Date(wall - offsetMs(guess, zone)).toISOString();
}

/** The report form's fields → the API's JSON; null when a required choice is missing. */
export function reportBody(data: FormData, zone: string): OfflineReportBody | null {
  const text = (name: string) => String(data.get(name) ?? "");
  if (!text("direction") || !text("seen") || !text("mode")) return null;
  const wait = text("waitMinutes").trim();
  return {
    direction: text("direction"),
    observedAt: localToInstant(text("observedAt"), zone),
    seen: text("seen"),
    mode: text("mode"),
    waitMinutes: wait === "" ? null : /^-?\d+(?:\.\d+)?$/.test(wait) ? Number(wait) : wait,
    tags: data.getAll("tags").map(String),
    notes: text("notes"),
    idempotencyKey: text("idempotencyKey"),
  };
}

export function keepOffline(report: PendingReport): void {
  write(PENDING, [...read<PendingReport>(PENDING), report]);
}

/** Dispatched on `window` by the report form when it has kept a report it could not deliver. */
export const KEPT_EVENT = "crossings:report-kept";

/** Dispatched on `window` when a kept report has been sent or refused from here (detail:
 * `{ idempotencyKey, sent }`), so the form that kept it can say so where the traveller looks. */
export const SETTLED_EVENT = "crossings:report-settled";

export interface SettledDetail {
  idempotencyKey: string;
  sent: boolean;
}

/** How long the form's server action is left to answer before the report is sent from here
 * (a page closed mid-send leaves its report behind). */
export const IN_FLIGHT_MS = 60_000;
/** A send that has had no answer in this time is given up until the next try. */
export const SEND_TIMEOUT_MS = 20_000;

function inFlight(report: PendingReport, now = Date.now()): boolean {
  return report.inFlight !== undefined && Date.parse(report.inFlight) > now;
}

/** This account's reports waiting to be sent from here (not those the form is still sending). */
export function pendingFor(userId: string): PendingReport[] {
  return read<PendingReport>(PENDING).filter((report) => report.userId === userId && !inFlight(report));
}

/** Whether this account has reports kept on the device, the form's in-flight ones included
 * (those are sent from here once their time is up). */
export function anyKeptFor(userId: string): boolean {
  return read<PendingReport>(PENDING).some((report) => report.userId === userId);
}

/** The server answered the form (a redirect after success, or the form with its errors): the
 * copy kept on the device is not to be sent again. */
export function forgetPending(idempotencyKey: string): void {
  write(
    PENDING,
    read<PendingReport>(PENDING).filter((report) => report.body.idempotencyKey !== idempotencyKey),
  );
}

/** The form's own send failed and the traveller has been told the report is kept: it is now
 * sent from here. */
export function releasePending(idempotencyKey: string): boolean {
  const all = read<PendingReport>(PENDING);
  const found = all.some((report) => report.body.idempotencyKey === idempotencyKey);
  write(
    PENDING,
    all.map((report) => {
      if (report.body.idempotencyKey !== idempotencyKey) return report;
      const { inFlight: _inFlight, ...released } = report;
      void _inFlight;
      return released;
    }),
  );
  return found;
}

/** The outcomes not yet shown to this account; reading them marks them shown. */
export function takeOutcomes(userId: string): ReportOutcome[] {
  const all = read<ReportOutcome>(OUTCOMES);
  write(
    OUTCOMES,
    all.filter((outcome) => outcome.userId !== userId),
  );
  return all.filter((outcome) => outcome.userId === userId);
}

let sending = false;

/**
 * Sends this account's pending reports (another account's wait for it to sign in: the session
 * cookie decides whose report it is). A report the API accepts (201) or already has (200) is
 * sent; one it refuses (4xx other than 401/429) is refused with its message; on no answer
 * within SEND_TIMEOUT_MS, a 5xx, 401 or 429 it stays to be sent later. One the form was
 * sending when its page went away (never announced as kept) that the API already has (200:
 * the action did arrive) is dropped quietly: the traveller saw the form's own answer.
 * Returns how many were settled.
 */
export async function sendPending(userId: string): Promise<number> {
  if (sending || !navigator.onLine) return 0;
  sending = true;
  let settled = 0;
  try {
    for (const report of pendingFor(userId)) {
      let outcome: ReportOutcome | null = null;
      try {
        const response = await fetch(`/api/v1/crossings/${encodeURIComponent(report.slug)}/reports`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(report.body),
          credentials: "same-origin",
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        const { body: _body, inFlight: unannounced, ...about } = report;
        void _body;
        if (response.ok && response.status !== 201 && unannounced) {
          forgetPending(report.body.idempotencyKey);
          settled++;
          continue;
        }
        if (response.ok) outcome = { ...about, sent: true };
        else if (response.status < 500 && response.status !== 401 && response.status !== 429) {
          const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
          outcome = { ...about, sent: false, error: answer?.error?.message ?? `HTTP ${response.status}` };
        }
      } catch {
        // No answer (or none in time): the connection dropped again; keep it for the next try.
      }
      if (!outcome) continue;
      settled++;
      const key = report.body.idempotencyKey;
      forgetPending(key);
      write(OUTCOMES, [...read<ReportOutcome>(OUTCOMES), outcome]);
      globalThis.dispatchEvent?.(new CustomEvent<SettledDetail>(SETTLED_EVENT, { detail: { idempotencyKey: key, sent: outcome.sent } }));
    }
  } finally {
    sending = false;
  }
  return settled;
}
