/** Which failures count as the database being away (503) rather than a bug (500). */
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isOutageError } from "@/db/outage-errors";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("isOutageError", () => {
  it.each([
    ["a refused connection, wrapped by drizzle", new Error("Failed query", { cause: coded("ECONNREFUSED") })],
    ["postgres.js's closed connection", coded("CONNECTION_CLOSED")],
    ["a connect timeout", coded("CONNECT_TIMEOUT")],
    ["an administrator's shutdown (57P01)", new Error("Failed query", { cause: coded("57P01") })],
    ["a server starting up (57P03)", coded("57P03")],
    ["a connection failure (08006)", coded("08006")],
    ["Auth.js's adapter error around the driver's", Object.assign(new Error("AdapterError"), { cause: { err: new Error("Failed query", { cause: coded("ECONNRESET") }) } })],
    ["the session lookup that knows the database is away", new DatabaseUnavailableError("away")],
  ])("%s is an outage", (_, error) => {
    expect(isOutageError(error)).toBe(true);
  });

  it.each([
    ["a syntax error (42601)", coded("42601")],
    ["a unique violation (23505)", new Error("Failed query", { cause: coded("23505") })],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("%s is not", (_, error) => {
    expect(isOutageError(error)).toBe(false);
  });
});
