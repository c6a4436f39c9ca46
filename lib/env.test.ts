import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to the embedded database on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env).toMatchObject({
      PGLITE_DIR: ".data/pglite",
      PORT: 3000,
      ADMIN_EMAILS: [],
      REPORTS_PER_HOUR_PER_USER: 10,
      REPORTS_PER_HOUR_PER_IP: 30,
      SIGN_IN_LINKS_PER_HOUR: 5,
      SIGN_IN_LINKS_PER_HOUR_PER_IP: 30,
    });
  });

  it("sends the moderators' digest from 06:00 UTC unless told another hour, or off", () => {
    expect(parseEnv({}).DIGEST_HOUR_UTC).toBe(6);
    expect(parseEnv({ DIGEST_HOUR_UTC: " " }).DIGEST_HOUR_UTC).toBe(6);
    expect(parseEnv({ DIGEST_HOUR_UTC: "0" }).DIGEST_HOUR_UTC).toBe(0);
    expect(parseEnv({ DIGEST_HOUR_UTC: "23" }).DIGEST_HOUR_UTC).toBe(23);
    expect(parseEnv({ DIGEST_HOUR_UTC: "off" }).DIGEST_HOUR_UTC).toBeNull();
    for (const wrong of ["24", "-1", "6.5", "six", "on"])
      expect(() => parseEnv({ DIGEST_HOUR_UTC: wrong }), wrong).toThrow(/DIGEST_HOUR_UTC: DIGEST_HOUR_UTC must be an hour from 0 to 23, or off/);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL and a port", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@localhost:5432/db", PORT: "8080" })).toMatchObject({
      DATABASE_URL: "postgres://u:p@localhost:5432/db",
      PORT: 8080,
    });
  });

  it("reads the admin list and the mail server", () => {
    expect(parseEnv({ ADMIN_EMAILS: " Ada@Example.org, bob@example.org ,", SMTP_URL: "smtp://127.0.0.1:2525", AUTH_URL: "https://crossings.example.org" })).toMatchObject({
      ADMIN_EMAILS: ["ada@example.org", "bob@example.org"],
      SMTP_URL: "smtp://127.0.0.1:2525",
    });
    expect(() => parseEnv({ SMTP_URL: "http://mail", AUTH_URL: "https://x.org" })).toThrow(/SMTP_URL must be/);
    expect(() => parseEnv({ SMTP_URL: "smtp://mail" })).toThrow(/AUTH_URL must be set when SMTP_URL is/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("names the variable when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ SIGN_IN_LINKS_PER_HOUR_PER_IP: "0" })).toThrow(/SIGN_IN_LINKS_PER_HOUR_PER_IP/);
  });
});

describe("AUTH_URL", () => {
  it("is required in production, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_URL must be set in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_URL: " " })).toThrow(/AUTH_URL must be set in production/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_URL: "https://crossings.example.org" }).AUTH_URL).toBe("https://crossings.example.org");
  });

  it("is not needed to build (next build runs with NODE_ENV=production)", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).AUTH_URL).toBe("http://localhost:3000");
  });

  it("defaults to localhost on PORT outside production", () => {
    expect(parseEnv({}).AUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "6100", NODE_ENV: "development" }).AUTH_URL).toBe("http://localhost:6100");
  });

  it("must be an http(s) URL", () => {
    expect(() => parseEnv({ AUTH_URL: "javascript:alert(1)" })).toThrow(/AUTH_URL must be the site's full public URL/);
    expect(() => parseEnv({ AUTH_URL: "localhost:3000" })).toThrow(/AUTH_URL/);
  });
});
