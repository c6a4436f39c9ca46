/** Migrate, then seed the baseline: what `npm start` runs before the server starts. */
import { connect } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedBaseline } from "@/db/seed/seed";

const started = Date.now();
const connection = connect();
try {
  await runMigrations(connection);
  const result = await seedBaseline(connection.db);
  console.log(
    `Database ready (${connection.kind}${connection.kind === "pglite" ? ` at ${process.env.PGLITE_DIR ?? ".data/pglite"}` : ""}): migrations applied, ${result.crossings} crossings, ${result.sources} sources and ${result.notices} dated notices seeded in ${Date.now() - started} ms.`,
  );
} finally {
  await connection.close();
}
