/**
 * The environment, validated once with zod. Import `env` instead of reading process.env,
 * so a bad value fails at start-up with a message naming the variable.
 */
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session and sign-in tokens. Unset: generated once under .data/ (lib/auth/secret.ts). */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** smtp://user:pass@host:port — unset: sign-in links are written to the server log. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
        .optional(),
    ),
  EMAIL_FROM: z.string().default("Crossings <no-reply@crossings.invalid>"),
  /** The site's public origin (https://crossings.example.org). Every sign-in link and Auth.js
   * redirect is built on it, never on the request's Host or X-Forwarded-Host: required in
   * production (`npm start` defaults it to http://localhost:PORT and says so) and with SMTP_URL;
   * elsewhere (next dev, tests) http://localhost:PORT. */
  AUTH_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "AUTH_URL must be the site's full public URL, e.g. https://crossings.example.org" }).optional()),
  /** Read only to tell production (AUTH_URL required) from `next build`, which also runs with
   * NODE_ENV=production but serves nothing. */
  NODE_ENV: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
  /** How many proxies in front of the app append to X-Forwarded-For (0: none, the app is
   * reached directly, and the header is not trusted). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Comma-separated: these accounts are admins when they sign in. */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Abuse limits: reports per account and per IP address in any hour. */
  REPORTS_PER_HOUR_PER_USER: z.coerce.number().int().min(1).default(10),
  REPORTS_PER_HOUR_PER_IP: z.coerce.number().int().min(1).default(30),
  /** Sign-in links one recipient may be sent in any hour, used or not, on every path (the form
   * and Auth.js's own endpoint): enough for a slow inbox, too few to spam someone. */
  SIGN_IN_LINKS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Sign-in links one client address (an IPv6 client by its /64) may ask for in any hour, to
   * any recipients: a bound on mail sent at one sender's bidding. Generous because carriers put
   * many phones behind one IPv4 address; it applies only where the address is known
   * (lib/reports/client-address.ts). */
  SIGN_IN_LINKS_PER_HOUR_PER_IP: z.coerce.number().int().min(1).default(30),
  /** How old an account must be to flag reports (new accounts cannot). */
  FLAG_MIN_ACCOUNT_AGE_HOURS: z.coerce.number().min(0).default(24),
  /** "Still accurate?" votes: only accounts this old may vote (moderators always may). */
  VOTE_MIN_ACCOUNT_AGE_HOURS: z.coerce.number().min(0).default(24),
  /** Hourly limits per account and per client address (moderators are exempt). */
  VOTES_PER_HOUR_PER_USER: z.coerce.number().int().min(1).default(30),
  VOTES_PER_HOUR_PER_IP: z.coerce.number().int().min(1).default(60),
  FLAGS_PER_HOUR_PER_USER: z.coerce.number().int().min(1).default(10),
  FLAGS_PER_HOUR_PER_IP: z.coerce.number().int().min(1).default(30),
  EDITS_PER_HOUR_PER_USER: z.coerce.number().int().min(1).default(20),
  EDITS_PER_HOUR_PER_IP: z.coerce.number().int().min(1).default(60),
  /** The moderators' daily digest goes out from this hour (UTC, 0–23) on; "off": this server
   * never sends it (another instance, or `npm run digest` from cron, may). */
  DIGEST_HOUR_UTC: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .union([z.literal("off"), z.string().regex(/^\d{1,2}$/, "DIGEST_HOUR_UTC must be an hour from 0 to 23, or off")])
        .optional()
        .transform((value) => (value === "off" ? null : value === undefined ? 6 : Number(value)))
        .pipe(z.number().int().min(0, "DIGEST_HOUR_UTC must be an hour from 0 to 23, or off").max(23, "DIGEST_HOUR_UTC must be an hour from 0 to 23, or off").nullable()),
    ),
});

const checkedEnvSchema = envSchema
  .refine((env) => !env.SMTP_URL || env.AUTH_URL, {
    message: "AUTH_URL must be set when SMTP_URL is: sign-in emails link to it",
    path: ["AUTH_URL"],
  })
  .refine((env) => env.AUTH_URL || env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build", {
    message:
      "AUTH_URL must be set in production: the site's public URL (e.g. https://crossings.example.org), on which sign-in links are built (npm start sets http://localhost:PORT when it is unset)",
    path: ["AUTH_URL"],
  })
  .transform((env) => {
    const { NODE_ENV, NEXT_PHASE, ...settings } = env;
    void NODE_ENV;
    void NEXT_PHASE;
    return { ...settings, AUTH_URL: settings.AUTH_URL ?? `http://localhost:${settings.PORT}` };
  });

export type Env = z.output<typeof checkedEnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
