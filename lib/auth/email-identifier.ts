/**
 * The one rule for the address a sign-in link goes to, run on every path that sends one: the
 * app's form (app/signin/actions.ts), Auth.js's own `POST /api/auth/signin/nodemailer` (through
 * the provider's `normalizeIdentifier`) and, once more, just before sending
 * (server/auth/mail.ts). Exactly one address: a comma or semicolon list would be one SMTP
 * message to every address in it, and a newline would write a second, forged
 * `Sign-in link for …` line into the log.
 */
import { z } from "zod";

/** RFC 5321's limit on a path, and the form's since the start. */
export const MAX_EMAIL_LENGTH = 254;

export type EmailProblem = "invalid" | "too-long";

export type EmailCheck = { ok: true; email: string } | { ok: false; problem: EmailProblem };

/** What a mail library reads as a list, a group, a display name, a comment or a quoted local
 * part, and anything not printable (controls, format characters such as direction overrides and
 * zero-width spaces, unassigned code points): none belongs in the one address we write to.
 * zod's rule refuses these too; this says so on its own, whatever zod's rule becomes. (The
 * apostrophe stays allowed: it is in real addresses, o'brien@…, and splits nothing.) */
const FORBIDDEN = /[\s,;"`<>()[\]\\:]|\p{C}/u;

const emailSyntax = z.email();

/**
 * The address as it is stored and sent to: NFKC-normalized first (a fullwidth `＠` or `，`
 * becomes the ASCII one before any check, so a homoglyph cannot slip a second address past
 * them), trimmed, lower-cased; then one address by zod's email rule, at most 254 characters,
 * with none of the characters above.
 */
export function checkSignInEmail(raw: unknown): EmailCheck {
  if (typeof raw !== "string") return { ok: false, problem: "invalid" };
  // NFKC can lengthen a string (up to 18 times for one code point): bound the work first.
  if (raw.length > MAX_EMAIL_LENGTH * 4) return { ok: false, problem: "too-long" };
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, problem: "too-long" };
  if (FORBIDDEN.test(email) || !emailSyntax.safeParse(email).success) return { ok: false, problem: "invalid" };
  return { ok: true, email };
}

/** Thrown where an identifier is refused inside Auth.js: it answers with a redirect to the
 * error page (`/signin?error=Configuration`) and sends nothing. `signInRefusal` marks it for the
 * auth logger, which writes one line instead of a stack trace (an error class's name does not
 * survive the production bundle; a property does). */
export class RefusedSignInEmail extends Error {
  readonly signInRefusal: EmailProblem;
  constructor(problem: EmailProblem) {
    super(`Refused sign-in address (${problem})`);
    this.signInRefusal = problem;
  }
}

export function isRefusedSignInEmail(error: unknown): error is RefusedSignInEmail {
  return typeof error === "object" && error !== null && typeof (error as { signInRefusal?: unknown }).signInRefusal === "string";
}

/** The checked address, or a throw: for Auth.js's `normalizeIdentifier` and the mail sender. */
export function signInEmailOrThrow(raw: unknown): string {
  const checked = checkSignInEmail(raw);
  if (!checked.ok) throw new RefusedSignInEmail(checked.problem);
  return checked.email;
}
