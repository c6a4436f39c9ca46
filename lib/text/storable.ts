/**
 * The check the moderation API runs on a whole request body before its schemas
 * (app/api/moderation/[...path]/route.ts): reasons, notices and baselines are stored as text
 * and jsonb.
 *
 * It began as "no NUL": PostgreSQL's text and jsonb refuse the NUL character ("invalid byte
 * sequence", "unsupported Unicode escape sequence"), and jsonb an unpaired surrogate
 * (JSON.stringify writes it as an escape that PostgreSQL rejects: "Unicode low surrogate must
 * follow a high surrogate"), so input carrying one must be refused at the boundary with a 400,
 * not reach the database and come back as a 500. It now refuses everything free text may not
 * hold (lib/text/free-text.ts: other controls, DEL, C1, bidirectional overrides), because a
 * baseline is one jsonb document whose every string is shown on pages and in feeds, and a
 * check over the whole body covers strings no field schema names. CRLF, tabs and line feeds
 * pass: textareas send CRLF.
 */
import { messagesFor } from "@/lib/i18n/messages";
import { hasControlCharacters } from "@/lib/text/free-text";

/** The message for it (English, as the API answers; the pages translate it: moderation.apiErrors). */
export const NUL_MESSAGE = messagesFor("en").moderation.apiErrors.controlCharacters;

/** Whether a string, or any string inside an object or array (keys too), holds a character free text may not hold. */
export const hasNul: (value: unknown) => boolean = hasControlCharacters;
