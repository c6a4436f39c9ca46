import { describe, expect, it } from "vitest";
import { isRefusal, refusalResponse } from "@/server/services/http";

const words = { signedOut: "Sign in.", invalidCode: "invalid_report", limited: "reports" };

describe("a service's refusal as an HTTP answer", () => {
  it("is 429 with Retry-After in whole seconds, naming what is limited and from where", async () => {
    const retryAt = new Date(Date.now() + 90_500);
    const response = refusalResponse({ kind: "rate-limited", scope: "address", limit: 30, retryAt }, words);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(90);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(91);
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: `Too many reports from this address: try again after ${retryAt.toISOString()}.` } });
  });

  it("is 400 with each field's message, 401 signed out, 403 for a new account", async () => {
    const invalid = refusalResponse({ kind: "invalid", message: "seen: pick one", fields: { seen: "pick one" } }, words);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: { code: "invalid_report", message: "seen: pick one", fields: { seen: "pick one" } } });
    expect(refusalResponse({ kind: "signed-out" }, words).status).toBe(401);
    expect(refusalResponse({ kind: "too-new", minAgeHours: 24 }, words).status).toBe(403);
  });

  it("tells the shared refusals from a service's own outcomes", () => {
    expect(isRefusal({ kind: "not-found" })).toBe(true);
    expect(isRefusal({ kind: "conflict" })).toBe(false);
  });
});
