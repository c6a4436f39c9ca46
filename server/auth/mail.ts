/**
 * Sending the sign-in link: through SMTP (nodemailer) when SMTP_URL is set; otherwise the
 * link is written to the server log as exactly one line, `Sign-in link for <email>: <url>`
 * (a contract local use and tests rely on: docs/architecture.md, "Contracts that tests rely on").
 * The address is checked again here, whoever called (lib/auth/email-identifier.ts): one
 * printable address or nothing is sent, so the line can be neither split nor forged.
 */
import { createTransport } from "nodemailer";
import { emailHash, logEvent } from "@/lib/log";
import { signInEmailOrThrow } from "@/lib/auth/email-identifier";

export interface SignInMail {
  email: string;
  url: string;
  expires: Date;
}

const escape = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;

/** A value written as one token of a log line: anything not printable (line breaks, controls,
 * direction overrides, zero-width characters) and any whitespace as `\u{…}`, so it stays one
 * visible token on its own line. A checked address and Auth.js's URL have none; this holds if
 * either ever does. */
export function printable(text: string): string {
  return text.replace(/[\p{C}\p{Z}\s]/gu, escape);
}

/** Free text in a log line (a subject): its spaces stay, anything that breaks or hides does not. */
function printableText(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, escape);
}

export function signInLogLine(email: string, url: string): string {
  return `Sign-in link for ${printable(email)}: ${printable(url)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

/** Any other email (alerts): by SMTP when configured; otherwise one log line,
 * `Email to <address>: <subject> <its links…>`, so it can be followed locally and in tests. */
export async function sendEmail(email: Email, smtpUrl: string | undefined, from: string): Promise<void> {
  if (!smtpUrl) {
    const links = email.text.match(/https?:\/\/\S+/g) ?? [];
    console.log(`Email to ${printable(email.to)}: ${printableText(email.subject)} ${links.map(printable).join(" ")}`.trim());
    return;
  }
  const transport = createTransport(smtpUrl);
  try {
    await transport.sendMail({ to: email.to, from, subject: email.subject, text: email.text, headers: email.headers });
  } finally {
    transport.close();
  }
}

export async function sendSignInLink(mail: SignInMail, smtpUrl: string | undefined, from: string): Promise<void> {
  // Throws on anything but one checked address (Auth.js then sends nothing and shows its error page).
  const to = signInEmailOrThrow(mail.email);
  logEvent("info", "auth.link_sent", { emailHash: emailHash(to), via: smtpUrl ? "smtp" : "log" });
  if (!smtpUrl) {
    console.log(signInLogLine(to, mail.url));
    return;
  }
  const host = new URL(mail.url).host;
  const minutes = Math.max(1, Math.round((mail.expires.getTime() - Date.now()) / 60000));
  const transport = createTransport(smtpUrl);
  try {
    await transport.sendMail({
      // An address object: nodemailer takes it as one recipient, never parses it as a list.
      to: { name: "", address: to },
      from,
      subject: `Sign in to Crossings`,
      text: `Sign in to Crossings (${host}):\n\n${mail.url}\n\nThe link works once, within ${minutes} minutes. If you did not ask for it, ignore this email.\n`,
      html: `<p>Sign in to Crossings (${escapeHtml(host)}):</p><p><a href="${escapeHtml(mail.url)}">Sign in</a></p><p>The link works once, within ${minutes} minutes. If you did not ask for it, ignore this email.</p>`,
    });
  } finally {
    transport.close();
  }
}
