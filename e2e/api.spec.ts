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
    expect(crossing.sources.map((source) => source.key)).toEqual(
      expect.arrayContaining(["blog-kegen-2019", "directory-karkyra-kegen-2025"]),
    );
  });

  test("an unknown slug is a 404 with a JSON error", async ({ request }) => {
    const response = await request.get("/api/v1/crossings/atlantis");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: 'No crossing with the slug "atlantis".' } });
  });
});
