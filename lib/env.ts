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
    .pipe(z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional()),
  EMAIL_FROM: z.string().default("Crossings <no-reply@crossings.invalid>"),
  /** The site's public origin (https://crossings.example.org). Sign-in links are built on it;
   * required with SMTP_URL, so a forged Host header can never put another site in an email. */
  AUTH_URL: z.url("AUTH_URL must be the site's full public URL, e.g. https://crossings.example.org").optional(),
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
  /** Unused sign-in links one address may be sent per hour: enough for a slow inbox, too few to spam someone. */
  SIGN_IN_LINKS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** How old an account must be to flag reports (new accounts cannot). */
  FLAG_MIN_ACCOUNT_AGE_HOURS: z.coerce.number().min(0).default(24),
});

const checkedEnvSchema = envSchema.refine((env) => !env.SMTP_URL || env.AUTH_URL, {
  message: "AUTH_URL must be set when SMTP_URL is: sign-in emails link to it",
  path: ["AUTH_URL"],
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
