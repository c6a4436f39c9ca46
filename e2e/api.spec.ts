import { expect, test } from "@playwright/test";

test.describe("public API", () => {
  test("health answers 200 with the database reachable", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test("lists crossings with countries, location and state", async ({ request }) => {
    const response = await request.get("/api/v1/crossings");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as { crossings: Record<string, unknown>[] };
    const kegen = body.crossings.find((crossing) => crossing.slug === "karkyra-kegen");
    expect(kegen).toMatchObject({
      name: "Karkyra – Kegen",
      countries: ["KG", "KZ"],
      location: { lat: 42.7, lon: 79.5 },
      basis: "schedule",
      url: "/crossings/karkyra-kegen",
    });
    expect(["open", "closed", "restricted", "unknown"]).toContain(kegen?.state);
  });

  test("one crossing carries its sourced baseline", async ({ request }) => {
    const response = await request.get("/api/v1/crossings/karkyra-kegen");
    expect(response.status()).toBe(200);
    const { crossing } = (await response.json()) as {
      crossing: { baseline: { sides: { hours: { value: string; alternatives: { value: string }[] } }[] }; sources: { key: string }[] };
    };
    expect(crossing.baseline.sides[0]!.hours.value).toContain("Mo-Fr 09:00-18:00");
    expect(crossing.baseline.sides[0]!.hours.alternatives.map((alternative) => alternative.value)).toEqual(["08:00-18:00", "24/7"]);
    expect(crossing.sources.map((source) => source.key)).toEqual(expect.arrayContaining(["blog-kegen-2019", "directory-karkyra-kegen-2025"]));
  });

  test("the status at an instant is the same answer every time, whichever way the server takes", async ({ playwright, baseURL }) => {
    // Until Next.js has loaded the route module, a request of this kind goes through Next.js; from
    // then on the production server answers it itself (server/http/fast-routes.ts). Both must agree.
    const path = "/api/v1/crossings/irkeshtam/status?at=2027-01-06T05:00:00Z&mode=car";
    for (const encoding of ["gzip", "identity"]) {
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "accept-encoding": encoding } });
      const answers = [];
      for (let round = 0; round < 3; round++) answers.push(await request.get(path));
      const bodies = await Promise.all(answers.map((response) => response.json()));
      for (const [round, response] of answers.entries()) {
        const label = `${encoding} #${round}`;
        expect(response.status(), label).toBe(200);
        const headers = response.headers();
        expect(headers["content-type"], label).toBe("application/json");
        expect(headers["x-content-type-options"], label).toBe("nosniff");
        expect(headers["strict-transport-security"], label).toContain("max-age=");
        expect(headers["access-control-allow-origin"], label).toBe("*");
        expect(headers.vary, label).toMatch(/Accept-Encoding/i);
        expect(headers.etag, label).toBe(answers[0]!.headers().etag);
        if (encoding === "gzip") expect(headers["content-encoding"], label).toBe("gzip");
        else expect(headers["content-encoding"], label).toBeUndefined();
        expect(bodies[round], label).toEqual(bodies[0]);
      }
      expect(bodies[0]).toMatchObject({ crossing: "irkeshtam", at: "2027-01-06T05:00:00.000Z", mode: "car" });
      // A client that has it already gets 304, and HEAD the headers alone.
      const again = await request.get(path, { headers: { "if-none-match": answers[0]!.headers().etag! } });
      expect(again.status()).toBe(304);
      const head = await request.head(path);
      expect(head.status()).toBe(200);
      expect((await head.body()).length).toBe(0);
      // Bad input: a 400 with the JSON error, every time; an unknown crossing: 404.
      for (let round = 0; round < 2; round++) {
        const bad = await request.get("/api/v1/crossings/irkeshtam/status?at=tomorrow");
        expect(bad.status()).toBe(400);
        expect(await bad.json()).toMatchObject({ error: { code: "invalid_at" } });
        expect(bad.headers()["x-content-type-options"]).toBe("nosniff");
        // A client on another site can read why.
        expect(bad.headers()["access-control-allow-origin"]).toBe("*");
        const missing = await request.get("/api/v1/crossings/no-such-crossing/status?at=2027-01-06T05:00:00Z");
        expect(missing.status()).toBe(404);
        expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
      }
      await request.dispose();
    }
  });

  test("an unknown slug is a 404 with a JSON error", async ({ request }) => {
    const response = await request.get("/api/v1/crossings/atlantis");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: 'No crossing with the slug "atlantis".' } });
  });
});
