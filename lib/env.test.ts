import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to the embedded database on port 3000", () => {
    expect(parseEnv({})).toEqual({ DATABASE_URL: undefined, PGLITE_DIR: ".data/pglite", PORT: 3000 });
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

  it("names the variable when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
  });
});
