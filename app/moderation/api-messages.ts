/**
 * The moderation API answers in English (it also serves scripts); when it sends a page's form
 * back with a message, the messages it is known to send are shown in the reader's language.
 * Anything else is shown as sent.
 */
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

const english = messagesFor("en").moderation;

function keyOf<T extends object>(catalog: T, text: string): keyof T | null {
  for (const key of Object.keys(catalog) as (keyof T)[]) if (catalog[key] === text) return key;
  return null;
}

export function apiMessageText(message: string, locale: Locale): string {
  if (locale === "en") return message;
  const m = messagesFor(locale).moderation;
  const whole = keyOf(english.apiErrors, message);
  if (whole) return m.apiErrors[whole];
  // "reason: Give a reason (at least 3 characters)." — a field and a validation message.
  const colon = message.indexOf(": ");
  if (colon > 0) {
    const field = keyOf(english.apiFields, message.slice(0, colon));
    const validation = keyOf(english.validation, message.slice(colon + 2));
    const text = validation ? m.validation[validation] : null;
    if (field && typeof text === "string") return `${m.apiFields[field]}: ${text}`;
  }
  return message;
}
