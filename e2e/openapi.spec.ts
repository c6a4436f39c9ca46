import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Every documented GET answers as documented: each response body validates against the
 * schema the OpenAPI document gives for its status. */
test("the OpenAPI document's paths answer as documented", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "doc", components: document.components }, "doc");
  const validatorFor = (ref: string) => ajv.compile({ $ref: `doc#/components/schemas/${ref.split("/").pop()}` });

  const examples: Record<string, string> = {
    "/api/health": "/api/health",
    "/api/v1/crossings": "/api/v1/crossings",
    "/api/v1/crossings/{slug}": "/api/v1/crossings/karkyra-kegen",
    "/api/v1/crossings/{slug}/status": "/api/v1/crossings/irkeshtam/status?at=2027-07-14T12:00:00%2B06:00&mode=car",
    "/api/v1/crossings/{slug}/reports": "/api/v1/crossings/korday-ak-zhol/reports?limit=5",
  };
  const checked: string[] = [];
  for (const [path, operations] of Object.entries(document.paths) as [string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>][]) {
    if (!operations.get) continue;
    const url = examples[path];
    expect(url, `an example call for ${path}`).toBeDefined();
    const answer = await request.get(url!);
    const documented = operations.get.responses[String(answer.status())];
    expect(documented, `${path} answered ${answer.status()}, which is documented`).toBeDefined();
    const ref = documented!.content?.["application/json"]?.schema.$ref;
    if (ref) {
      const validate = validatorFor(ref);
      const body = await answer.json();
      expect(validate(body), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    checked.push(path);
  }
  expect(checked.length).toBe(Object.keys(examples).length);

  // A bad parameter answers with the documented error.
  const bad = await request.get("/api/v1/crossings/irkeshtam/status?mode=rocket");
  expect(bad.status()).toBe(400);
  expect(validatorFor("#/components/schemas/Error")(await bad.json())).toBe(true);
});

test("public GETs carry an ETag and answer 304 to a matching If-None-Match", async ({ request }) => {
  const first = await request.get("/api/v1/crossings/karkyra-kegen/status?at=2027-01-14T10:00:00Z");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toContain("max-age=");
  const again = await request.get("/api/v1/crossings/karkyra-kegen/status?at=2027-01-14T10:00:00Z", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch("/api/v1/crossings", { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

test("the API docs page lists every operation", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const count = Object.values(document.paths as Record<string, object>).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
  await page.goto("/api-docs");
  await expect(page.getByTestId("operation")).toHaveCount(count);
});
