/** Dropping a test database on PostgreSQL (the data layer's tests and the browser tests' own databases). */
import type postgres from "postgres";

/**
 * Drops a test database, ending its connections. A connection the test role may not end — an
 * autovacuum worker that started on the freshly filled database, seen once in CI as "must be a
 * member of the role whose process is being terminated" — ends by itself: try again a few times.
 */
export async function dropDatabase(admin: postgres.Sql, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      return;
    } catch (error) {
      if (attempt >= 10 || !/member of the role whose process is being terminated|is being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
    }
  }
}
