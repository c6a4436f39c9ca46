/**
 * What PostgreSQL can store: text and jsonb refuse the NUL character ("invalid byte sequence",
 * "unsupported Unicode escape sequence"), so input carrying one must be refused at the boundary
 * with a 400, not reach the database and come back as a 500.
 */
export const NUL_MESSAGE = "Text cannot contain NUL characters (\\u0000).";

/** Whether a string, or any string inside an object or array (keys too), holds a NUL. */
export function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => key.includes("\u0000") || hasNul(item));
  return false;
}
