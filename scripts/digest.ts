/**
 * The moderators' daily digest from the command line (server/alerts/digest.ts):
 *
 *   npm run digest -- --now   compose it and send it to every moderator and admin now, whatever
 *                             the hour and whether today's has gone out (it claims no day)
 *   npm run digest            the daily run, once: today's digest if DIGEST_HOUR_UTC has passed
 *                             and no instance has sent it (for a cron job beside DIGEST_HOUR_UTC=off)
 *
 * On the configured database (DATABASE_URL, else PGLITE_DIR: only one process may open a PGlite
 * directory, so stop the server first, as for db:backup). Links are built on AUTH_URL; emails go
 * by SMTP_URL, or are written to this script's output as `Email to <address>: …`.
 */
import { getConnection } from "@/db/client";
import { env } from "@/lib/env";
import { runDailyDigest, sendDigest } from "@/server/alerts/digest";

const args = process.argv.slice(2);
if (args.some((arg) => arg !== "--now")) {
  console.error(`digest: unknown argument ${args.find((arg) => arg !== "--now")}\nUsage: npm run digest [-- --now]`);
  process.exit(2);
}

const deps = { now: new Date(), origin: new URL(env.AUTH_URL).origin };
let code = 0;
try {
  const connection = getConnection();
  try {
    const db = connection.db;
    if (args.includes("--now")) {
      const sent = await sendDigest({ ...deps, db });
      console.log(
        sent.crossings === 0
          ? "Moderators' digest: no crossing needs a look; nothing sent."
          : `Moderators' digest: ${sent.crossings} crossings to look at, sent to ${sent.recipients} moderators.`,
      );
    } else if (env.DIGEST_HOUR_UTC === null) {
      console.log("Moderators' digest: DIGEST_HOUR_UTC is off; use --now to send it anyway.");
    } else {
      const result = await runDailyDigest({ ...deps, db, hourUtc: env.DIGEST_HOUR_UTC });
      if (result.kind === "not-yet") console.log(`Moderators' digest: not due before ${String(env.DIGEST_HOUR_UTC).padStart(2, "0")}:00 UTC.`);
      else if (result.kind === "taken") console.log(`Moderators' digest for ${result.day}: already sent (or being sent) by another run.`);
      else if (result.kind === "no-one") console.log(`Moderators' digest for ${result.day}: no moderator or admin to send it to yet; the next run sends it once there is one.`);
      else console.log(`Moderators' digest for ${result.day}: ${result.crossings} crossings to look at, sent to ${result.recipients} moderators.`);
    }
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(`digest: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
process.exit(code);
