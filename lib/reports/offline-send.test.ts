/** Sending the reports kept on the device: which are sent, which are held, and what the traveller
 * is told. The browser's storage and network are stood in for (this runs in Node). */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetPending, keepOffline, pendingFor, releasePending, sendPending, takeOutcomes, type PendingReport } from "@/lib/reports/offline-queue";

const user = "user-1";

function report(key: string, extra: Partial<PendingReport> = {}): PendingReport {
  return {
    slug: "karasuk",
    crossing: "Karasuk",
    userId: user,
    savedAt: "2026-12-01T08:00:00.000Z",
    body: { direction: "a-b", observedAt: "2026-12-01T08:00:00.000Z", seen: "open", mode: "car", waitMinutes: 35, tags: [], notes: "", idempotencyKey: key },
    ...extra,
  };
}

let answers: (() => Promise<Response>)[];
let sent: { url: string; init: RequestInit }[];

beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal("localStorage", { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) });
  vi.stubGlobal("navigator", { onLine: true });
  answers = [];
  sent = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const next = answers.shift();
    return next ? next() : Promise.reject(new TypeError("Failed to fetch"));
  });
});

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) => () => Promise.resolve(Response.json(body, { status }));

describe("sendPending", () => {
  it("leaves a report the form is still sending, and sends it once released", async () => {
    keepOffline(report("k1", { inFlight: new Date(Date.now() + 60_000).toISOString() }));
    expect(await sendPending(user)).toBe(0);
    expect(sent).toHaveLength(0);
    expect(pendingFor(user)).toHaveLength(0);

    expect(releasePending("k1")).toBe(true);
    answers.push(json(201, { id: "r1", created: true }));
    expect(await sendPending(user)).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.init.signal).toBeInstanceOf(AbortSignal);
    expect(takeOutcomes(user)).toMatchObject([{ sent: true }]);
  });

  it("reports a resend the API already has (200) as sent when the traveller was told it was kept", async () => {
    keepOffline(report("k2"));
    answers.push(json(200, { id: "r2", created: false }));
    expect(await sendPending(user)).toBe(1);
    expect(takeOutcomes(user)).toMatchObject([{ sent: true }]);
    expect(pendingFor(user)).toHaveLength(0);
  });

  it("drops quietly a copy its page left in flight that the API already has, and reports one it did not", async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    keepOffline(report("k3", { inFlight: past }));
    keepOffline(report("k4", { inFlight: past }));
    answers.push(json(200, { id: "r3", created: false }), json(201, { id: "r4", created: true }));
    expect(await sendPending(user)).toBe(2);
    const outcomes = takeOutcomes(user);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ sent: true });
    expect(outcomes[0]).not.toHaveProperty("inFlight");
    expect(pendingFor(user)).toHaveLength(0);
  });

  it("keeps a report when there is no answer (a dead or timed-out connection) or a 5xx", async () => {
    keepOffline(report("k5"));
    expect(await sendPending(user)).toBe(0);
    answers.push(json(503, {}));
    expect(await sendPending(user)).toBe(0);
    expect(pendingFor(user)).toHaveLength(1);
    expect(takeOutcomes(user)).toHaveLength(0);
  });

  it("forgets a report the server answered through the form", () => {
    keepOffline(report("k6", { inFlight: new Date(Date.now() + 60_000).toISOString() }));
    forgetPending("k6");
    expect(releasePending("k6")).toBe(false);
  });
});
