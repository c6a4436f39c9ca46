/**
 * Sending the sign-in link: through SMTP (nodemailer) when SMTP_URL is set; otherwise the
 * link is written to the server log as exactly one line, `Sign-in link for <email>: <url>`
 * (a contract local use and tests rely on: docs/architecture.md, "Contracts that tests rely on").
 */
import { createTransport } from "nodemailer";
import { emailHash, logEvent } from "@/lib/log";

export interface SignInMail {
  email: string;
  url: string;
  expires: Date;
}

export function signInLogLine(email: string, url: string): string {
  return `Sign-in link for ${email}: ${url}`;
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
    console.log(`Email to ${email.to}: ${email.subject} ${links.join(" ")}`.trim());
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
  logEvent("info", "auth.link_sent", { emailHash: emailHash(mail.email), via: smtpUrl ? "smtp" : "log" });
  if (!smtpUrl) {
    console.log(signInLogLine(mail.email, mail.url));
    return;
  }
  const host = new URL(mail.url).host;
  const minutes = Math.max(1, Math.round((mail.expires.getTime() - Date.now()) / 60000));
  const transport = createTransport(smtpUrl);
  try {
    await transport.sendMail({
      to: mail.email,
      from,
      subject: `Sign in to Crossings`,
      text: `Sign in to Crossings (${host}):\n\n${mail.url}\n\nThe link works once, within ${minutes} minutes. If you did not ask for it, ignore this email.\n`,
      html: `<p>Sign in to Crossings (${escapeHtml(host)}):</p><p><a href="${escapeHtml(mail.url)}">Sign in</a></p><p>The link works once, within ${minutes} minutes. If you did not ask for it, ignore this email.</p>`,
    });
  } finally {
    transport.close();
  }
}
