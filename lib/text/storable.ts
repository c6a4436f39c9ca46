/**
 * What PostgreSQL can store: text and jsonb refuse the NUL character ("invalid byte sequence",
 * "unsupported Unicode escape sequence"), and jsonb an unpaired surrogate (JSON.stringify
 * writes it as an escape that PostgreSQL rejects: "Unicode low surrogate must follow a high
 * surrogate"), so input carrying one must be refused at the boundary with a 400, not reach the
 * database and come back as a 500.
 */
export const NUL_MESSAGE = "Text cannot contain NUL characters (\\u0000) or unpaired surrogates.";

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string, or any string inside an object or array (keys too), holds a NUL or an unpaired surrogate. */
export function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000") || UNPAIRED_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => hasNul(key) || hasNul(item));
  return false;
}
