import { describe, expect, it } from "vitest";
import { jsonError } from "@/server/api/http";

describe("jsonError", () => {
  it("is a JSON error any origin may read, keeping the headers it is given", async () => {
    const response = jsonError(503, "unavailable", "Try again shortly.", { "Retry-After": "5" });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: "Try again shortly." } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("Retry-After");
    expect(response.headers.get("retry-after")).toBe("5");
  });
});
