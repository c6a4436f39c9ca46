/**
 * The production server: what `npm start` runs after building and preparing the database
 * (`node --import tsx server/http/main.ts`), and `npm run dev` with `--dev` (Next.js in
 * development mode, the same guards and bounds, no page cache: pages change as you edit).
 *
 * First the environment — the app's (lib/env.ts: AUTH_URL in production …) and the server's
 * own (./settings.ts): a bad or missing variable stops it here with one line naming it, not
 * a stack trace, and not a server that answers every request with a 500. Then ./serve.ts.
 */
import { serverSettings } from "./settings";

try {
  await import("@/lib/env");
  serverSettings(process.env);
} catch (error) {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import("./serve");
