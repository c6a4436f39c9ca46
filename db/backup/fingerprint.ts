/**
 * What a backup must carry over: the row count and an md5 of every row of every table in the
 * public schema (drizzle's own bookkeeping schema aside), read with plain SQL so it works on
 * PGlite and PostgreSQL alike. Printed after a restore, compared by the round-trip tests.
 */
import type { Connection } from "@/db/client";

export type Fingerprint = Record<string, { rows: number; md5: string }>;

export async function fingerprint(connection: Pick<Connection, "rawQuery">): Promise<Fingerprint> {
  const tables = await connection.rawQuery("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", []);
  const result: Fingerprint = {};
  for (const { table_name: name } of tables) {
    const quoted = `"${String(name).replace(/"/g, '""')}"`;
    const [row] = await connection.rawQuery(`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from public.${quoted} t`, []);
    result[String(name)] = { rows: Number(row!.rows), md5: String(row!.md5) };
  }
  return result;
}

/** "32 crossings, 1,204 reports, 17 users" — for the scripts' last line. */
export function describeFingerprint(print: Fingerprint): string {
  return ["crossings", "reports", "users"]
    .filter((table) => print[table])
    .map((table) => `${print[table]!.rows.toLocaleString("en")} ${table}`)
    .join(", ");
}
