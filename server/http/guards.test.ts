import { describe, expect, it } from "vitest";
import { hasMalformedPath, isCrossSiteForm, MAX_URL_BYTES, urlTooLong } from "./guards";

describe("hasMalformedPath", () => {
  it("finds paths that are not valid percent-encoded UTF-8 (Next.js answers those 500)", () => {
    for (const url of ["/crossings/%ED%A0%80", "/api/v1/crossings/%C0%AE/status", "/%", "/a%zz", "/api/v1/reports/%E0%A4%A/flags"]) expect(hasMalformedPath(url), url).toBe(true);
  });
  it("passes every real path, and leaves the query string to the app", () => {
    for (const url of ["/", "/crossings/irkeshtam", "/api/v1/crossings/kyzyl-art/status?at=%zz", "/crossings/%D0%BA", "/crossings/%00", undefined])
      expect(hasMalformedPath(url), String(url)).toBe(false);
  });
});

describe("urlTooLong", () => {
  it("refuses a URL past the limit, counting bytes, and takes every real one", () => {
    expect(urlTooLong(`/api/v1/crossings/irkeshtam/status?lang=${"a".repeat(MAX_URL_BYTES)}`)).toBe(true);
    expect(urlTooLong(`/?q=${"д".repeat(MAX_URL_BYTES / 2)}`)).toBe(true);
    expect(urlTooLong(`/?q=${"a".repeat(MAX_URL_BYTES - 4)}`)).toBe(false);
    for (const url of ["/", "/crossings/irkeshtam?at=2026-12-01T14%3A05&mode=car&tz=Asia%2FBishkek", undefined]) expect(urlTooLong(url), String(url)).toBe(false);
  });
});

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
