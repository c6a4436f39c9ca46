import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument("http://localhost:3000") as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is generated from the handlers' zod schemas, not written by hand", () => {
    const document = buildOpenApiDocument("http://localhost:3000");
    const status = document.components.schemas.Status as { properties: Record<string, { enum?: string[] }> };
    expect(status.properties.state?.enum).toEqual(["open", "closed", "restricted", "unknown"]);
    const input = document.components.schemas.ReportInput as { required: string[] };
    expect(input.required).toEqual(expect.arrayContaining(["direction", "observedAt", "seen", "mode", "idempotencyKey"]));
  });
});
