/**
 * A link we render for readers (a notice's or an edit's source, a baseline source): http or
 * https only. `z.url()` alone accepts `javascript:` and `data:` URLs, which would become
 * clickable script in an <a href>.
 */
import { z } from "zod";

export const WEB_PROTOCOL = /^https?$/;

export function webUrl(message?: string) {
  return z.url({ protocol: WEB_PROTOCOL, ...(message ? { error: message } : {}) });
}
