/** Reading a POST body that may be a form (pages without JavaScript) or JSON (scripts). */
import { originMatchesHost } from "@/lib/security/same-origin";

export async function readBody(request: Request): Promise<{ fields: Record<string, unknown> | null; isForm: boolean }> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  try {
    if (type.startsWith("application/json")) {
      const body: unknown = await request.json();
      return { fields: typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null, isForm: false };
    }
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      // Read the bytes, then parse a detached copy: a malformed form is then only our 400, never
      // an error on the request's own stream, which Next.js logs as a failure (found by fuzzing).
      const bytes = await request.arrayBuffer();
      // (The header as sent: a multipart boundary is case-sensitive.)
      const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      const fields: Record<string, unknown> = {};
      for (const key of new Set(form.keys())) {
        const values = form.getAll(key).map(String);
        fields[key] = key === "modes" ? values : values[0];
      }
      return { fields, isForm: true };
    }
  } catch {
    return { fields: null, isForm: false };
  }
  return { fields: null, isForm: false };
}

/** A browser's POST from another site carries its Origin: refuse those (defence in depth on
 * top of SameSite=Lax session cookies). Requests without Origin (scripts) pass. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  return originMatchesHost(origin, request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
}
