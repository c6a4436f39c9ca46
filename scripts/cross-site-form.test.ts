import { describe, expect, it } from "vitest";
import { isCrossSiteForm } from "./cross-site-form.mjs";

const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers: { host: "crossings.example.org", ...headers } });
const form = { "content-type": "multipart/form-data; boundary=x" };

describe("isCrossSiteForm", () => {
  it("finds form POSTs from another origin to pages and unknown paths (Next.js answers those 500)", () => {
    expect(isCrossSiteForm(post("/crossings/irkeshtam", { ...form, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteForm(post("/api/v1/flags", { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteForm(post("/", { ...form, origin: "null" }))).toBe(true);
    expect(isCrossSiteForm(post("/", { "content-type": "text/plain", "next-action": "x", origin: "%%%" }))).toBe(true);
  });
  it("lets same-origin forms, requests without Origin, JSON, GETs and the auth and unsubscribe callbacks through", () => {
    expect(isCrossSiteForm(post("/crossings/irkeshtam", { ...form, origin: "https://crossings.example.org" }))).toBe(false);
    expect(isCrossSiteForm(post("/crossings/irkeshtam", form))).toBe(false);
    expect(isCrossSiteForm(post("/api/v1/crossings/irkeshtam/reports", { "content-type": "application/json", origin: "https://app.example" }))).toBe(false);
    expect(isCrossSiteForm({ method: "GET", url: "/", headers: { origin: "https://evil.example" } })).toBe(false);
    expect(isCrossSiteForm(post("/api/auth/callback/apple", { ...form, origin: "https://appleid.apple.com" }))).toBe(false);
    expect(isCrossSiteForm(post("/api/alerts/unsubscribe?token=x", { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" }))).toBe(false);
  });
});
