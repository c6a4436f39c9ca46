/**
 * A link we render for readers (a notice's or an edit's source, a baseline source): http or
 * https only. `z.url()` alone accepts `javascript:` and `data:` URLs, which would become
 * clickable script in an <a href>.
 */
import { z } from "zod";
import { noControlCharacters, type ControlCharacterMessage } from "@/lib/text/free-text";

export const WEB_PROTOCOL = /^https?$/;

/** Also free text (lib/text/free-text.ts): the URL parser drops tabs and line breaks (zod does
 * too) but keeps other controls and direction overrides in the value that is stored and shown. */
export function webUrl(message?: string, control?: ControlCharacterMessage) {
  return z.url({ protocol: WEB_PROTOCOL, ...(message ? { error: message } : {}) }).check(noControlCharacters(control));
}
