import { getConnection } from "@/db/client";
import { pingDatabase } from "@/db/queries/crossings";
import { healthResponseSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not. Public: it reveals nothing else. */
export async function GET(): Promise<Response> {
  let kind: "pglite" | "postgres" = process.env.DATABASE_URL ? "postgres" : "pglite";
  let ok = false;
  try {
    const connection = getConnection();
    kind = connection.kind;
    ok = await pingDatabase(2000, connection.db);
  } catch {
    ok = false;
  }
  const body = healthResponseSchema.parse({ status: ok ? "ok" : "unavailable", database: kind });
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
