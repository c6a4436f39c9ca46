/**
 * The structured log (lib/log.ts): one JSON object per line on the server's stdout, read
 * here from the e2e server's log file. Sign-in link sent, signed in, signed out; denied
 * requests with route, status, reason and user; moderation actions with who, what, target.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
// The server's own pseudonym: both processes key it with .data/auth-secret (or AUTH_SECRET).
import { emailHash } from "../lib/log";
import { SERVER_LOG } from "./support/constants";
import { uniqueEmail } from "./support/auth";
import { ADMIN_EMAIL, adminContext, signedIn } from "./support/roles";

type Line = Record<string, unknown> & { time: string; level: string; event: string };

function events(): Line[] {
  const lines: Line[] = [];
  for (const text of readFileSync(SERVER_LOG, "utf8").split("\n")) {
    if (!text.startsWith('{"time":')) continue;
    lines.push(JSON.parse(text) as Line);
  }
  return lines;
}

/** Waits for an event matching `match` (the server writes it after answering, sometimes). */
async function eventLike(match: (line: Line) => boolean): Promise<Line> {
  let found: Line | undefined;
  await expect.poll(() => (found = events().find(match)), { timeout: 10_000 }).toBeTruthy();
  return found!;
}

test("sign-in, sign-out, denials and moderation actions are logged as JSON lines, without emails", async ({ browser, playwright, baseURL }) => {
  const startedAt = new Date().toISOString();
  const email = uniqueEmail("logged");
  const traveller = await signedIn(browser, email);

  const sent = await eventLike((line) => line.event === "auth.link_sent" && line.emailHash === emailHash(email));
  expect(sent.level).toBe("info");
  expect(Date.parse(sent.time)).not.toBeNaN();
  expect(sent.time >= startedAt).toBe(true);
  const signedInLine = await eventLike((line) => line.event === "auth.signed_in" && line.emailHash === emailHash(email));
  expect(signedInLine).toMatchObject({ level: "info", provider: "nodemailer", newUser: true });
  const userId = signedInLine.userId as string;
  expect(userId).toBeTruthy();

  // Denials: anonymous (401) and a traveller (403), with route, reason and user.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post("/api/moderation/reports/00000000-0000-4000-8000-000000000002/hide", { data: {} })).status()).toBe(401);
  await eventLike(
    (line) =>
      line.event === "auth.denied" &&
      line.status === 401 &&
      line.route === "/api/moderation/reports/00000000-0000-4000-8000-000000000002/hide" &&
      line.userId === null &&
      line.reason === "signed-out",
  );
  expect((await traveller.request.post("/api/moderation/users/someone/ban", { data: {} })).status()).toBe(403);
  const forbidden = await eventLike((line) => line.event === "auth.denied" && line.userId === userId && line.route === "/api/moderation/users/someone/ban");
  expect(forbidden).toMatchObject({ level: "warn", status: 403, reason: "not-moderator", method: "POST" });
  // A server action refused for being posted from another site is logged by the proxy.
  expect((await traveller.request.post("/reports/mine", { headers: { Origin: "https://evil.example" }, form: { x: "1" } })).status()).toBe(403);
  await eventLike((line) => line.event === "auth.denied" && line.route === "/reports/mine" && line.reason === "cross-origin");

  // A moderation action: who, what, on what.
  const report = await traveller.request.post("/api/v1/crossings/kulma-karasu/reports", {
    data: { direction: "a-b", observedAt: new Date().toISOString(), seen: "open", mode: "car", notes: "to be hidden", idempotencyKey: crypto.randomUUID() },
  });
  expect(report.status()).toBe(201);
  const reportId = ((await report.json()) as { id: string }).id;
  const admin = await adminContext(browser);
  // This run's sign-in: the log file outlives the database between local runs, and an earlier
  // run's admin was another user.
  const adminId = (await eventLike((line) => line.event === "auth.signed_in" && line.emailHash === emailHash(ADMIN_EMAIL) && line.time >= startedAt)).userId;
  const hidden = await admin.request.post(`/api/moderation/reports/${reportId}/hide`, { data: { reason: "Log test" } });
  expect(hidden.status()).toBe(200);
  const action = await eventLike((line) => line.event === "moderation.action" && line.targetId === reportId);
  expect(action).toMatchObject({ level: "info", action: "report.hide", moderatorId: adminId, actionId: ((await hidden.json()) as { actionId: number }).actionId });

  // Signing out.
  const page = await traveller.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await eventLike((line) => line.event === "auth.signed_out" && line.userId === userId);

  // No structured line carries an email address; the sign-in link line is still there as agreed.
  const ours = events().filter((line) => line.time >= startedAt);
  expect(ours.filter((line) => JSON.stringify(line).includes("@"))).toEqual([]);
  expect(readFileSync(SERVER_LOG, "utf8")).toContain(`Sign-in link for ${email}: `);
  await anonymous.dispose();
  await Promise.all([traveller.close(), admin.close()]);
});
