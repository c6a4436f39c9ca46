/**
 * Tables. snake_case columns; indexes beside their table. The baseline of a crossing is a
 * zod-validated JSON document (lib/baseline/schema.ts) because every fact in it carries its
 * own sources and alternatives; the columns beside it (countries, location) are derived from
 * it for filtering and sorting.
 */
import { sql } from "drizzle-orm";
import { bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { CrossingBaseline } from "@/lib/baseline/schema";

export const sources = pgTable("sources", {
  key: text("key").primaryKey(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  kind: text("kind", { enum: ["document", "official", "editorial", "moderator", "reports"] }).notNull(),
  /** lib/baseline/standing.ts; written by the seed from db/seed/sources.ts. */
  standing: text("standing", { enum: ["official", "news", "traveller", "guidebook", "directory", "editorial"] })
    .notNull()
    .default("editorial"),
  url: text("url"),
  seedFile: text("seed_file"),
  asOf: text("as_of").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export type SourceRow = typeof sources.$inferSelect;

export const crossings = pgTable(
  "crossings",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru"),
    countryA: text("country_a").notNull(),
    countryB: text("country_b").notNull(),
    /** The crossing's location (lib/baseline/facts.ts crossingLocation); null where no source gives one. */
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** The baseline in force: the seed's, until a moderator revises it. */
    baseline: jsonb("baseline").$type<CrossingBaseline>().notNull(),
    /** What the seed data says now, kept even when a moderator's revision is in force. */
    seedBaseline: jsonb("seed_baseline").$type<CrossingBaseline>().notNull(),
    /** "seed" while the seed owns the baseline; "revision" once a moderator has edited it,
     * after which re-running the seed updates only seed_baseline. */
    baselineOrigin: text("baseline_origin", { enum: ["seed", "revision"] })
      .notNull()
      .default("seed"),
    /** Bumped on every baseline change: caches and ETags key on it. */
    baselineVersion: integer("baseline_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("crossings_countries_idx").on(table.countryA, table.countryB), index("crossings_name_idx").on(sql`lower(${table.nameEn})`)],
);
export type CrossingRow = typeof crossings.$inferSelect;

/** A dated closure or change, posted by a moderator with a source; overrides the schedule. */
export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    crossingId: integer("crossing_id")
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    /** null: until further notice. */
    endsAt: timestamp("ends_at", { withTimezone: true }),
    /** Which traffic it concerns (travel modes); null: all traffic. */
    modes: text("modes").array(),
    effect: text("effect", { enum: ["closed", "open", "restricted"] }).notNull(),
    text: text("text").notNull(),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdBy: text("created_by"),
  },
  (table) => [index("notices_crossing_starts_idx").on(table.crossingId, table.startsAt)],
);
export type NoticeRow = typeof notices.$inferSelect;

/**
 * Accounts (Auth.js drizzle adapter tables: the property names are the adapter's; the SQL
 * names are ours). Sessions live in the database, so signing out or a ban ends them at once.
 */
export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
  image: text("image"),
  role: text("role", { enum: ["traveller", "moderator", "admin"] })
    .notNull()
    .default("traveller"),
  bannedAt: timestamp("banned_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type UserRow = typeof users.$inferSelect;

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

/** One row per sign-in link sent, for the limits per recipient and per client address
 * (db/queries/signin-limits.ts): hashes only, never the address or the IP, and only the last
 * hour's rows are kept. verification_tokens cannot count them: Auth.js writes the token while it
 * sends, and deletes it when the link is used. */
export const signInRequests = pgTable(
  "sign_in_requests",
  {
    id: serial("id").primaryKey(),
    /** emailHash() of the address the link went to (lib/log.ts). */
    identifierHash: text("identifier_hash").notNull(),
    /** hashAddress() of the client (lib/reports/client-address.ts); null when it is not known. */
    addressHash: text("address_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("sign_in_requests_identifier_idx").on(table.identifierHash, table.createdAt),
    index("sign_in_requests_address_idx").on(table.addressHash, table.createdAt),
    index("sign_in_requests_created_idx").on(table.createdAt),
  ],
);

/** A traveller's dated report of what they saw at the border. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    crossingId: integer("crossing_id")
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    /** "a-b": from side 0 to side 1; "b-a": back. */
    direction: text("direction", { enum: ["a-b", "b-a"] }).notNull(),
    /** When the traveller was there, not when they typed it. */
    observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    seen: text("seen", { enum: ["open", "closed", "restricted"] }).notNull(),
    mode: text("mode").notNull(),
    waitMinutes: integer("wait_minutes"),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text("notes"),
    verified: boolean("verified").notNull().default(false),
    hidden: boolean("hidden").notNull().default(false),
    confirmations: integer("confirmations").notNull().default(0),
    disputes: integer("disputes").notNull().default(0),
    /** null for reports from before accounts (and for seeded data). */
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** HMAC of the submitter's IP address: enough to count per address, not to recover it. */
    ipHash: text("ip_hash"),
    /** The author could not decide alone when the report was submitted (a new or doubted
     * account, lib/trust/standing.ts): the report shows, unconfirmed, but unless a moderator
     * verifies it its wait never enters the typical-wait history, nor its time the observed
     * hours (migration 0014). Fixed at submission, so those counts never depend on when they
     * are recounted. */
    unconfirmedAuthor: boolean("unconfirmed_author").notNull().default(false),
    /** From the form: a resend of the same submission makes no second report. */
    idempotencyKey: text("idempotency_key"),
    /** Hash of what was submitted with that key: the same key with other content is refused. */
    payloadHash: text("payload_hash"),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** "held": from a brand-new account and containing a link, shown only once approved;
     * "flagged": hidden by readers' flags pending review; "none": nothing pending. */
    reviewState: text("review_state", { enum: ["none", "held", "flagged"] })
      .notNull()
      .default("none"),
  },
  (table) => [
    index("reports_crossing_observed_idx").on(table.crossingId, table.observedAt),
    // Feeds ask for what was submitted recently at some crossings.
    index("reports_crossing_submitted_idx").on(table.crossingId, table.submittedAt),
    // The moderation queue: held and flagged reports are few among millions.
    index("reports_review_idx")
      .on(table.submittedAt)
      .where(sql`${table.reviewState} <> 'none'`),
    // New travellers' reports a moderator may verify (their waits feed the history only then):
    // few among millions, newest first.
    index("reports_unconfirmed_idx")
      .on(table.submittedAt)
      .where(sql`${table.unconfirmedAuthor} and not ${table.verified}`),
    uniqueIndex("reports_idempotency_key_idx").on(table.idempotencyKey),
    index("reports_author_submitted_idx").on(table.authorId, table.submittedAt),
    index("reports_ip_submitted_idx").on(table.ipHash, table.submittedAt),
    // The CSV export pages through every visible report by time (keyset on observed_at, id),
    // and the wait history ages reports out by time: both read this, never the whole table.
    // Not partial: a partial index on visible reports, with no condition of its own, was
    // ANDed into other queries' bitmap scans by the planner (a walk of the whole index).
    index("reports_observed_id_idx").on(table.observedAt, table.id),
  ],
);

/**
 * Typical waits, kept up to date on write: how many counted reports (visible, with a wait,
 * observed since wait_history_window.since) a crossing has per direction, hour of the week
 * (0 = Sunday 00:00 in the zone of the side the direction leaves from) and wait bucket (5
 * minutes under an hour, 15 up to three hours, 30 beyond: the round figures travellers report
 * fall on a bucket's lower bound, so their median is read exactly). Maintained by triggers on reports (every write path, in its own
 * transaction) and aged by db/queries/history.ts; see the migration 0007_wait_history.sql.
 */
export const waitHistory = pgTable(
  "wait_history",
  {
    crossingId: integer("crossing_id")
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: ["a-b", "b-a"] }).notNull(),
    hourOfWeek: integer("hour_of_week").notNull(),
    /** The reports' travel mode: a truck's wait is not a pedestrian's (migration 0009). */
    mode: text("mode").notNull(),
    /** The wait's bucket, by its lower bound (lib/history/wait-profile.ts waitBucket). */
    waitBucket: integer("wait_bucket").notNull(),
    reports: integer("reports").notNull(),
  },
  (table) => [primaryKey({ name: "wait_history_pkey", columns: [table.crossingId, table.direction, table.hourOfWeek, table.mode, table.waitBucket] })],
);

/** One row: reports observed before `since` no longer count in wait_history (the last year). */
export const waitHistoryWindow = pgTable("wait_history_window", {
  id: integer("id").primaryKey().default(1),
  since: timestamp("since", { withTimezone: true }).notNull(),
});

/** Earlier versions of an edited report: what it said before each edit. */
export const reportRevisions = pgTable(
  "report_revisions",
  {
    id: serial("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull().defaultNow(),
    before: jsonb("before").$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index("report_revisions_report_idx").on(table.reportId)],
);

/** "Still accurate?": one confirm or dispute per reader per report. */
export const reportFeedback = pgTable(
  "report_feedback",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["confirm", "dispute"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.userId] })],
);
export type ReportRow = typeof reports.$inferSelect;

/** A reader's flag on a report; resolved when a moderator agrees (hides) or disagrees. */
export const flags = pgTable(
  "flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    flaggerId: text("flagger_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: ["spam", "wrong-crossing", "false", "abusive", "duplicate"] }).notNull(),
    /** The flagger's weight when flagging (lib/moderation/flag-weight.ts). */
    weight: doublePrecision("weight").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolution: text("resolution", { enum: ["agreed", "disagreed"] }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("flags_report_flagger_idx").on(table.reportId, table.flaggerId), index("flags_flagger_idx").on(table.flaggerId)],
);

/** The audit log: every moderation action, with who, what, when, why, before and after. */
export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: serial("id").primaryKey(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type", { enum: ["report", "user", "notice", "crossing"] }).notNull(),
    targetId: text("target_id").notNull(),
    reason: text("reason").notNull(),
    before: jsonb("before").$type<Record<string, unknown> | null>(),
    after: jsonb("after").$type<Record<string, unknown> | null>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set on an action that reverted an earlier one. */
    revertsActionId: integer("reverts_action_id"),
    revertedAt: timestamp("reverted_at", { withTimezone: true }),
  },
  (table) => [index("moderation_actions_created_idx").on(table.createdAt), index("moderation_actions_target_idx").on(table.targetType, table.targetId)],
);

/** A moderator's edit of a crossing's baseline: author, source, reason, before and after. */
export const baselineRevisions = pgTable(
  "baseline_revisions",
  {
    id: serial("id").primaryKey(),
    crossingId: integer("crossing_id")
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url"),
    before: jsonb("before").$type<CrossingBaseline>().notNull(),
    after: jsonb("after").$type<CrossingBaseline>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revertsRevisionId: integer("reverts_revision_id"),
  },
  (table) => [index("baseline_revisions_crossing_idx").on(table.crossingId, table.createdAt)],
);

/** Personal API tokens for apps and chat bots: only a SHA-256 hash of each is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, so its owner can tell tokens apart. */
    prefix: text("prefix").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("api_tokens_hash_idx").on(table.tokenHash), index("api_tokens_user_idx").on(table.userId)],
);

/** A traveller's alert on a crossing: when its state changes, or when the wait falls below N. */
export const alertSubscriptions = pgTable(
  "alert_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    crossingId: integer("crossing_id")
      .notNull()
      .references(() => crossings.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["state", "wait"] }).notNull(),
    /** For "wait": alert when the wait in this direction falls below this many minutes. */
    waitBelow: integer("wait_below"),
    direction: text("direction", { enum: ["a-b", "b-a"] }),
    /** Hash of the secret in the one-click unsubscribe link. */
    unsubscribeHash: text("unsubscribe_hash").notNull(),
    /** What the last alert (or the subscription) saw: the state, or "below"/"above". */
    lastSeen: text("last_seen"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
  },
  (table) => [index("alert_subscriptions_crossing_idx").on(table.crossingId), uniqueIndex("alert_subscriptions_unsubscribe_idx").on(table.unsubscribeHash)],
);

/** Each alert sent, once: the unique key makes a second send of the same event impossible. */
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: serial("id").primaryKey(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: "cascade" }),
    eventKey: text("event_key").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("alert_deliveries_event_idx").on(table.subscriptionId, table.eventKey)],
);

/**
 * Counted actions for the hourly limits on votes, flags and edits (db/queries/rate-limits.ts):
 * one row per action and scope — `user:<id>` or `address:<hmac>` (never the address itself).
 * Rows older than the longest window are deleted as new ones are counted.
 */
export const rateEvents = pgTable(
  "rate_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind", { enum: ["vote", "flag", "edit"] }).notNull(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [index("rate_events_kind_key_at").on(table.kind, table.key, table.at)],
);
/** The moderators' daily digest (server/alerts/digest.ts): one row per UTC day, written by the
 * instance that sends it. The primary key is the claim: of several instances checking at once,
 * one inserts the day and sends; the others find it taken. */
export const moderatorDigests = pgTable("moderator_digests", {
  day: date("day", { mode: "string" }).primaryKey(),
  claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull(),
  /** Set once sent: to how many moderators, about how many crossings (0: nothing needed a look, nothing sent). */
  sentAt: timestamp("sent_at", { withTimezone: true }),
  recipients: integer("recipients"),
  crossings: integer("crossings"),
});
