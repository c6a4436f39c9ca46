/**
 * What free text written by people (report notes, moderation reasons, notice texts, source
 * titles, baseline names, notes and details) may hold: anything printable in any script, tabs
 * and line breaks — and no invisible characters that change how the rest is read:
 *
 * - C0 controls other than tab and line feed (U+0000–U+001F), DEL (U+007F) and the C1
 *   controls (U+0080–U+009F): a bell, escape sequences, form feeds. XML 1.0 cannot carry most
 *   of them (the Atom feeds drop them), terminals and spreadsheets act on some, and nobody
 *   types them on purpose;
 * - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069: they
 *   make a page, a feed reader or a spreadsheet show the text after them reversed or moved
 *   ("Trojan Source", CVE-2021-42574), a way to make a note or a notice say what it does not;
 * - NUL and unpaired surrogates, which PostgreSQL's text and jsonb cannot store at all
 *   (lib/text/storable.ts).
 *
 * Carriage return: browsers send a textarea's line breaks as CRLF (the HTML standard's form
 * encoding), so CRLF is a line break and `freeText` stores it as "\n", the same text whether it
 * came from the form or the JSON API. A CR on its own is refused like any other control: it
 * is a line break only to old Macs, and to a terminal it means "write over this line".
 *
 * The marks U+200E, U+200F and U+061C are allowed: they only say which way a neutral
 * character leans, which mixed Latin–Arabic or Latin–Hebrew text needs, and cannot reverse
 * the text around them.
 */
import { z } from "zod";
import { messagesFor } from "@/lib/i18n/messages";

const CONTROL_CLASS = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]";
const LONE_CR = "\\r(?!\\n)";
const UNPAIRED_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const SOURCE = `${CONTROL_CLASS}|${LONE_CR}|${UNPAIRED_SURROGATE}`;

/** Tested without the `g` flag (a global regex keeps state between `test` calls). */
const CONTROL = new RegExp(SOURCE);
const CONTROL_ALL = new RegExp(SOURCE, "g");
const CONTROL_ALL_BUT_CR = new RegExp(`${CONTROL_CLASS}|${UNPAIRED_SURROGATE}`, "g");

/** "U+0007": how a message names a character the reader cannot see. */
export function codePointLabel(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first refused character in a string, as "U+XXXX", or null when there is none. CRLF passes. */
export function firstControlCharacter(value: string): string | null {
  const found = CONTROL.exec(value);
  return found ? codePointLabel(found[0]) : null;
}

/** Whether a string, or any string inside an object or array (keys too), holds a refused character. */
export function hasControlCharacters(value: unknown): boolean {
  if (typeof value === "string") return CONTROL.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacters);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => hasControlCharacters(key) || hasControlCharacters(item));
  return false;
}

/** The string with every refused character removed (CRLF kept): for writers of text that was
 * stored before the rule (the CSV export, the Atom feeds). A format with a line break of its
 * own for CR (a quoted CSV cell, an XML attribute's &#13;) may keep every CR. */
export function stripControlCharacters(value: string, options: { keepCarriageReturns?: boolean } = {}): string {
  return value.replace(options.keepCarriageReturns ? CONTROL_ALL_BUT_CR : CONTROL_ALL, "");
}

/** The same, through objects and arrays: for stored documents shown as they are (a baseline). */
export function stripControlCharactersDeep(value: unknown): unknown {
  if (typeof value === "string") return stripControlCharacters(value);
  if (Array.isArray(value)) return value.map(stripControlCharactersDeep);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [stripControlCharacters(key), stripControlCharactersDeep(item)]));
  return value;
}

/** CRLF, the form encoding's line break, as "\n". */
export function normaliseLineBreaks(value: string): string {
  return value.replaceAll("\r\n", "\n");
}

export type ControlCharacterMessage = (codePoint: string) => string;
const english: ControlCharacterMessage = messagesFor("en").freeText.controlCharacter;

/** The check itself, for a string schema of another kind (a URL: lib/security/web-url.ts). */
export function noControlCharacters(message: ControlCharacterMessage = english) {
  return z.superRefine<string>((value, context) => {
    const found = firstControlCharacter(value);
    if (found) context.addIssue({ code: "custom", message: message(found), input: value });
  });
}

/**
 * A zod string for free text: CRLF becomes "\n", then a refused character is an issue whose
 * message names it (in the caller's language: pass `messagesFor(locale).freeText.controlCharacter`).
 * It stays a ZodString, so `.trim().min().max()` chain on as usual; `params` are z.string()'s
 * (the message for a value that is not a string).
 */
export function freeText(message: ControlCharacterMessage = english, params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(normaliseLineBreaks).check(noControlCharacters(message));
}
