/**
 * The moderators' daily digest: the crossings whose state needs a look (lib/moderation/digest.ts
 * says which and words the email), emailed to every moderator and admin by the alerts' mail
 * path (SMTP, or the `Email to <address>: …` log line), once a day from DIGEST_HOUR_UTC on.
 *
 * Once a day across instances: the day is claimed in the database (db/queries/digest.ts) before
 * anything is sent, so of several instances checking at once one sends it. At most once rather
 * than at least once, like the alerts: a failure before the first email gives the day back for
 * the next check; after one has left, the rest of that day's are not retried.
 *
 * Run by the production server's timer (`startDigestTimer`, server/http/serve.ts) and by
 * `npm run digest` (scripts/digest.ts). Both run this from source, outside Next.js's server
 * bundle, where the database modules' `import "server-only"` would throw: the engine's inputs
 * are therefore loaded by modules imported only when a digest is composed, after
 * `allowServerModules()`.
 *
 * The states are `crossingStateAt`'s (db/queries/crossing-state.ts) without its cache: the same
 * inputs (`loadStatusInputs`, the sources' standings) and the same function (`crossingState`),
 * read on the connection given. Its cache would, from this copy of the modules (the server's,
 * not the app bundle's: db/bridge.ts), start a second invalidation listener under another
 * instance name, which would take the app's own notifications for another instance's; and a
 * digest wants fresh states anyway.
 */
import { register } from "node:module";
import type { Db } from "@/db/client";
import { claimDigestDay, digestRecipients, finishDigestDay, listDigestCrossings, releaseDigestDay, reportFacts, type DigestCrossingRecord } from "@/db/queries/digest";
import { sendEmail, type Email } from "@/server/auth/mail";
import { env } from "@/lib/env";
import { buildDigest, decidingReportIds, digestDay, nextInstantToCheck, type Digest } from "@/lib/moderation/digest";
import type { Status } from "@/lib/status/types";

/** The engine's state of a crossing at an instant. */
export type StateAt = (record: DigestCrossingRecord, instant: Date) => Promise<Status>;

export interface DigestDeps {
  db: Db;
  now: Date;
  /** The site's public origin, for the links. */
  origin: string;
  /** By default `sendEmail` with SMTP_URL and EMAIL_FROM. */
  send?: (email: Email) => Promise<void>;
}

let serverModulesAllowed = false;

/**
 * Lets this process import the database modules that start with `import "server-only"`. That
 * package throws unless resolved under React's "react-server" condition, which Next.js's server
 * bundle sets and a plain Node process (the production server, run with tsx) does not: this
 * resolves that one package, and nothing else, under it. The guard is for keeping server code
 * out of browsers' bundles, which this process never builds.
 */
export function allowServerModules(): void {
  if (serverModulesAllowed) return;
  serverModulesAllowed = true;
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === "server-only" ? next(specifier, { ...context, conditions: [...context.conditions, "react-server"] }) : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
}

/** The status engine on this connection: `crossingStateAt`'s inputs and function, uncached.
 * (Imported here, not above: the production server loads none of it until a digest is due.) */
export async function engineOn(db: Db): Promise<StateAt> {
  allowServerModules();
  const [{ loadStatusInputs }, { listSourceStandings }, { crossingState }] = await Promise.all([
    import("@/db/queries/status"),
    import("@/db/queries/crossings"),
    import("@/lib/status/crossing-state"),
  ]);
  const standings = await listSourceStandings(db);
  return async (record, instant) =>
    crossingState({ baseline: record.baseline, instant, standings, ...(await loadStatusInputs(record.id, instant, record.baseline, db)) }, { planner: false }).status;
}

/** The digest as it stands at `now`, or null when no crossing needs a look. One crossing at a
 * time (it runs beside readers' requests); a crossing whose reports contradict the schedule is
 * also evaluated at earlier instants, a quarter of an hour apart, as far back as it lasts (a day at most). */
export async function composeDigest({ db, now, origin }: DigestDeps): Promise<Digest | null> {
  const [records, state] = await Promise.all([listDigestCrossings(db), engineOn(db)]);
  const evaluated: { record: DigestCrossingRecord; states: Status[] }[] = [];
  for (const record of records) {
    const states: Status[] = [];
    for (let at = nextInstantToCheck(states, now); at; at = nextInstantToCheck(states, now)) states.push(await state(record, at));
    evaluated.push({ record, states });
  }
  const facts = await reportFacts(
    db,
    evaluated.flatMap(({ states }) => decidingReportIds(states[0]!)),
  );
  return buildDigest(
    evaluated.map(({ record, states }) => ({ slug: record.slug, name: record.name, states, reports: facts })),
    now,
    origin,
  );
}

export interface DigestSent {
  /** How many moderators it went to (0 when nothing needed a look: nothing is sent). */
  recipients: number;
  crossings: number;
}

/** Composes the digest and sends it to every moderator and admin now, claim or no claim
 * (`npm run digest -- --now`; the daily run claims the day first). */
export async function sendDigest(deps: DigestDeps, onSent: () => void = () => {}, to?: readonly string[]): Promise<DigestSent> {
  const digest = await composeDigest(deps);
  if (!digest) return { recipients: 0, crossings: 0 };
  const send = deps.send ?? ((email: Email) => sendEmail(email, env.SMTP_URL, env.EMAIL_FROM));
  const recipients = to ?? (await digestRecipients(deps.db));
  for (const to of recipients) {
    await send({ to, subject: digest.subject, text: digest.text });
    onSent();
  }
  return { recipients: recipients.length, crossings: digest.crossings };
}

export type DailyDigestResult = { kind: "not-yet" } | { kind: "taken"; day: string } | { kind: "no-one"; day: string } | ({ kind: "sent"; day: string } & DigestSent);

/** The day's digest, if it is due (from `hourUtc` o'clock UTC) and no one has claimed it yet.
 * While there is no moderator or admin to send it to (a new site: the first admin has not
 * signed in yet), the day is given back, so the next check sends it once there is one. */
export async function runDailyDigest(deps: DigestDeps & { hourUtc: number }): Promise<DailyDigestResult> {
  const day = digestDay(deps.now, deps.hourUtc);
  if (!day) return { kind: "not-yet" };
  if (!(await claimDigestDay(deps.db, day, deps.now))) return { kind: "taken", day };
  let emailed = 0;
  try {
    const recipients = await digestRecipients(deps.db);
    if (!recipients.length) {
      await releaseDigestDay(deps.db, day);
      return { kind: "no-one", day };
    }
    const sent = await sendDigest(deps, () => emailed++, recipients);
    await finishDigestDay(deps.db, day, sent, new Date());
    return { kind: "sent", day, ...sent };
  } catch (error) {
    if (emailed === 0) await releaseDigestDay(deps.db, day).catch(() => {});
    throw error;
  }
}

export const DIGEST_CHECK_EVERY_MS = 10 * 60_000;
/** The first check waits this long after start: not inside the first readers' requests. */
const FIRST_CHECK_AFTER_MS = 60_000;

/**
 * Checks every 10 minutes whether the day's digest is due, and sends it if no instance has.
 * `db` is the app's connection once it is open (null before: nothing is checked). Unref'd: it
 * never keeps the process alive. Returns a function that stops it. (The clock, the mail and the
 * intervals can be replaced by tests.)
 */
export function startDigestTimer(
  options: { db: () => Db | null; hourUtc: number | null; origin: string } & Pick<DigestDeps, "send"> & {
      clock?: () => Date;
      firstCheckAfterMs?: number;
      everyMs?: number;
    },
): () => void {
  const { hourUtc, clock = () => new Date() } = options;
  if (hourUtc === null) return () => {};
  let settledDay: string | null = null;
  let noOneSaidDay: string | null = null;
  let running = false;
  const check = async () => {
    const db = options.db();
    const now = clock();
    const day = digestDay(now, hourUtc);
    if (!db || !day || day === settledDay || running) return;
    running = true;
    try {
      const result = await runDailyDigest({ db, now, origin: options.origin, hourUtc, send: options.send });
      // "taken" may not last: the instance that claimed the day gives it back when it fails before
      // the first email, or finds no one to send it to. Checked again at the next round (one
      // insert that conflicts, every 10 minutes), so another instance can send it then.
      if (result.kind === "not-yet" || result.kind === "taken") return;
      if (result.kind === "no-one") {
        // Checked again every DIGEST_CHECK_EVERY_MS; said once a day.
        if (noOneSaidDay !== day) console.log(`Moderators' digest for ${day}: no moderator or admin to send it to yet; it goes out once there is one.`);
        noOneSaidDay = day;
        return;
      }
      settledDay = day;
      console.log(`Moderators' digest for ${day}: ${result.crossings} crossings to look at, sent to ${result.recipients} moderators.`);
    } catch (error) {
      console.error("Moderators' digest failed:", error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), options.firstCheckAfterMs ?? FIRST_CHECK_AFTER_MS);
  const every = setInterval(() => void check(), options.everyMs ?? DIGEST_CHECK_EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
