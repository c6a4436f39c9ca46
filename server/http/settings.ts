/**
 * The production server's own settings (the app's are lib/env.ts), validated with zod: a bad
 * value stops the server at start-up with a message naming the variable.
 */
import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME_BIND: z.string().trim().min(1).default("0.0.0.0"),
  /** Memory for rendered pages kept for anonymous readers. */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Memory for signed-in readers' own pages (kept apart, so they never push the shared ones
   * out); 0 renders every signed-in request afresh. */
  PERSONAL_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /** Renders at once, in total and per client address (more wait in line, briefly). */
  RENDERS_AT_ONCE: z.coerce.number().int().min(1).max(256).default(16),
  RENDERS_PER_ADDRESS: z.coerce.number().int().min(1).max(256).default(8),
});

export type ServerSettings = z.infer<typeof schema> & {
  pageTtlMs: number;
  invalidationDebounceMs: number;
  renderTimeoutMs: number;
  queueTotal: number;
  queuePerAddress: number;
  queueWaitMs: number;
};

export function serverSettings(source: Record<string, string | undefined>): ServerSettings {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment for the server:\n${lines.join("\n")}`);
  }
  return {
    ...result.data,
    // A page is kept at most 30 s, and never past the next scheduled change (lunch breaks start on time).
    pageTtlMs: 30_000,
    // The first write drops a crossing's pages at once; further writes within this window, at its end.
    invalidationDebounceMs: 500,
    // A reader waits at most this long for a render before a 503 with Retry-After.
    renderTimeoutMs: 15_000,
    queueTotal: 256,
    queuePerAddress: 64,
    queueWaitMs: 10_000,
  };
}
