/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers build their
 * responses with and parse their input with (never written by hand). Served at
 * /api/v1/openapi.json and rendered for people at /api/docs.
 */
import { z } from "zod";
import { crossingDetailResponseSchema, crossingListResponseSchema, errorResponseSchema, healthResponseSchema } from "@/lib/api/schemas";
import { statusQuerySchema, statusResponseSchema } from "@/lib/api/status";
import { reportListQuerySchema, reportListResponseSchema } from "@/lib/api/reports";
import { reportApiSchema } from "@/lib/reports/report-input";
import { travelModes } from "@/lib/baseline/schema";

type JsonSchema = Record<string, unknown>;

function schema(type: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  void _dialect;
  return rest;
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const slugParameter = { name: "slug", in: "path", required: true, description: "The crossing's slug, e.g. karkyra-kegen", schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } };

function queryParameters(type: z.ZodObject, descriptions: Record<string, string>) {
  const json = schema(type, "input") as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description: descriptions[name],
    schema: property,
  }));
}

export const reportCreatedSchema = z.object({ id: z.uuid(), created: z.boolean(), heldForReview: z.boolean().optional() });

export function buildOpenApiDocument(serverUrl: string) {
  const json = (ref: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
  return {
    openapi: "3.1.0",
    info: {
      title: "Crossings API",
      version: "1.0.0",
      summary: "Land border crossings of Central Asia: published hours, state now and at any time, travellers' reports.",
      description:
        "Public reads need no key. Times are ISO 8601 instants; each side's zone is an IANA name. Data licence: CC BY 4.0 (each baseline fact cites its own sources).",
      license: { name: "CC BY 4.0 (data)", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: {
        Error: schema(errorResponseSchema),
        Health: schema(healthResponseSchema),
        CrossingList: schema(crossingListResponseSchema),
        CrossingDetail: schema(crossingDetailResponseSchema),
        Status: schema(statusResponseSchema),
        ReportList: schema(reportListResponseSchema),
        ReportInput: schema(reportApiSchema, "input"),
        ReportCreated: schema(reportCreatedSchema),
      },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "A signed-in browser session." },
      },
    },
    paths: {
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Whether the service and its database answer",
          responses: { "200": json("Health", "The database answers"), "503": json("Health", "The database does not answer") },
        },
      },
      "/api/v1/crossings": {
        get: {
          operationId: "listCrossings",
          summary: "Every crossing with its state now",
          responses: { "200": json("CrossingList", "The crossings"), "503": errorResponse("The database is unavailable") },
        },
      },
      "/api/v1/crossings/{slug}": {
        get: {
          operationId: "getCrossing",
          summary: "One crossing: its sourced baseline and status now",
          parameters: [slugParameter],
          responses: { "200": json("CrossingDetail", "The crossing"), "404": errorResponse("No such crossing") },
        },
      },
      "/api/v1/crossings/{slug}/status": {
        get: {
          operationId: "getStatus",
          summary: "The state at an instant (default now), for a mode of travel",
          parameters: [
            slugParameter,
            ...queryParameters(statusQuerySchema, {
              at: "ISO 8601 instant with a zone (write + as %2B in a URL); within five years of today",
              mode: `One of ${travelModes.join(", ")}`,
              lang: "Language of `headline` and the reasons' `text`: en (default) or ru",
            }),
          ],
          responses: { "200": json("Status", "The status"), "400": errorResponse("A bad at or mode"), "404": errorResponse("No such crossing") },
        },
      },
      "/api/v1/crossings/{slug}/reports": {
        get: {
          operationId: "listReports",
          summary: "Visible reports, newest observed first",
          parameters: [slugParameter, ...queryParameters(reportListQuerySchema, { limit: "1–100, default 20", before: "The previous page's next" })],
          responses: { "200": json("ReportList", "A page of reports"), "400": errorResponse("A bad limit or before"), "404": errorResponse("No such crossing") },
        },
        post: {
          operationId: "submitReport",
          summary: "Submit a report as a signed-in traveller",
          security: [{ session: [] }],
          parameters: [slugParameter],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ReportInput" } } } },
          responses: {
            "201": json("ReportCreated", "Created"),
            "200": json("ReportCreated", "The same report was already sent with this idempotencyKey"),
            "400": errorResponse("Invalid report"),
            "401": errorResponse("Not signed in"),
            "404": errorResponse("No such crossing"),
            "415": errorResponse("Not JSON"),
            "422": errorResponse("The idempotencyKey was used for a different report"),
            "429": errorResponse("Over the report limit; see Retry-After"),
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
