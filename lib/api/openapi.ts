/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers build their
 * responses with and parse their input with (never written by hand). Served at
 * /api/v1/openapi.json and rendered for people at /api-docs.
 */
import { z } from "zod";
import { crossingDetailResponseSchema, crossingListResponseSchema, errorResponseSchema, healthResponseSchema } from "@/lib/api/schemas";
import { statusQuerySchema, statusResponseSchema } from "@/lib/api/status";
import { reportListQuerySchema, reportListResponseSchema } from "@/lib/api/reports";
import { reportApiSchema } from "@/lib/reports/report-input";
import { crossingBaselineSchema, travelModes } from "@/lib/baseline/schema";
import { crossingsGeoJsonSchema } from "@/lib/exports/geojson";
import { reportsCsvQuerySchema } from "@/lib/exports/csv";
import { banBody, baselineBody, flagBody, noticeBody, observedHoursBody, reasonBody, reportActions, roleBody, userActions } from "@/lib/moderation/requests";

type JsonSchema = Record<string, unknown>;

function schema(type: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  void _dialect;
  return rest;
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const slugParameter = {
  name: "slug",
  in: "path",
  required: true,
  description: "The crossing's slug, e.g. karkyra-kegen",
  schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
};

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
export const flagCreatedSchema = z.object({ ok: z.literal(true), hidden: z.boolean().describe("Enough flags hid the report until a moderator reviews it") });
export const moderationDoneSchema = z.object({ ok: z.literal(true), actionId: z.number().int().describe("The moderation log entry (revertible)") });

/** Nobody needs to be signed in (OpenAPI: an empty requirement list overrides any default). */
const PUBLIC: never[] = [];
const SESSION = [{ session: [] }];
const SESSION_OR_TOKEN = [{ session: [] }, { bearer: [] }];

/** A body sent as JSON, or as the pages' own form (which is then answered 303 back to the page). */
const jsonOrForm = (ref: string) => ({
  required: true,
  content: {
    "application/json": { schema: { $ref: `#/components/schemas/${ref}` } },
    "application/x-www-form-urlencoded": { schema: { $ref: `#/components/schemas/${ref}` } },
  },
});
const formRedirect = { description: "Sent as a form: back to the page (its returnTo), with the outcome in the query" };
const feedFile = (name: string, pattern: string, example: string) => ({
  name,
  in: "path",
  required: true,
  description: `The feed's file name, e.g. ${example}`,
  schema: { type: "string", pattern },
});

export function buildOpenApiDocument(serverUrl: string) {
  return withCommonResponses(buildDocument(serverUrl));
}

/** Answers any operation may give besides its own: a 304 to a cached GET's matching ETag, and
 * the JSON 503 (database away, with Retry-After) or 500 of every handler that touches the
 * database (server/api/http.ts's withApiErrors). */
function withCommonResponses<D extends { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(document: D): D {
  const cached = new Set([
    "/api/v1/crossings",
    "/api/v1/crossings/{slug}",
    "/api/v1/crossings/{slug}/status",
    "/api/v1/crossings/{slug}/reports",
    "/api/v1/exports/crossings.geojson",
    "/api/v1/openapi.json",
    "/feeds/crossings/{file}",
    "/feeds/countries/{file}",
  ]);
  const withoutDatabase = new Set(["/api/health", "/api/v1/openapi.json"]);
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (method === "get" && cached.has(path)) operation.responses["304"] ??= { description: "Not modified: the If-None-Match ETag still matches" };
      if (withoutDatabase.has(path)) continue;
      operation.responses["503"] ??= errorResponse("The database is unavailable for a moment; see Retry-After");
      operation.responses["500"] ??= errorResponse("An error on the server's side (logged)");
    }
  }
  return document;
}

function buildDocument(serverUrl: string) {
  const json = (ref: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
  return {
    openapi: "3.1.0",
    info: {
      title: "Crossings API",
      version: "1.0.0",
      summary: "Land border crossings of Central Asia: published hours, state now and at any time, travellers' reports.",
      description:
        "Public reads need no key. Times are ISO 8601 instants; each side's zone is an IANA name. Data licence: CC BY 4.0 (each baseline fact cites its own sources). Public GETs answer CORS preflights (OPTIONS). Any path answers 405 with Allow to a method it does not take, and the server itself may answer a plain-text 429 or 503 with Retry-After when it is overloaded.",
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
        CrossingsGeoJson: schema(crossingsGeoJsonSchema),
        FlagInput: schema(flagBody, "input"),
        FlagCreated: schema(flagCreatedSchema),
        ReasonInput: schema(reasonBody, "input"),
        BanInput: schema(banBody, "input"),
        RoleInput: schema(roleBody, "input"),
        NoticeInput: schema(noticeBody, "input"),
        ObservedHoursInput: schema(observedHoursBody, "input"),
        BaselineRevisionInput: {
          ...schema(baselineBody, "input"),
          properties: { ...(schema(baselineBody, "input").properties as object), baseline: schema(crossingBaselineSchema, "input") },
        },
        ModerationDone: schema(moderationDoneSchema),
      },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "A signed-in browser session (sign in by email at /signin; over HTTPS the cookie is __Secure-authjs.session-token).",
        },
        bearer: { type: "http", scheme: "bearer", bearerFormat: "cr_…", description: "A personal API token, made and revoked on /account: Authorization: Bearer cr_…" },
      },
    },
    paths: {
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Whether the service and its database answer",
          security: PUBLIC,
          responses: { "200": json("Health", "The database answers"), "503": json("Health", "The database does not answer") },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This document",
          security: PUBLIC,
          responses: { "200": { description: "The OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object", required: ["openapi", "paths"] } } } } },
        },
      },
      "/api/v1/crossings": {
        get: {
          operationId: "listCrossings",
          summary: "Every crossing with its state now",
          security: PUBLIC,
          responses: { "200": json("CrossingList", "The crossings"), "503": errorResponse("The database is unavailable") },
        },
      },
      "/api/v1/crossings/{slug}": {
        get: {
          operationId: "getCrossing",
          summary: "One crossing: its sourced baseline and status now",
          security: PUBLIC,
          parameters: [slugParameter],
          responses: { "200": json("CrossingDetail", "The crossing"), "404": errorResponse("No such crossing") },
        },
      },
      "/api/v1/crossings/{slug}/status": {
        get: {
          operationId: "getStatus",
          summary: "The state at an instant (default now), for a mode of travel",
          security: PUBLIC,
          parameters: [
            slugParameter,
            ...queryParameters(statusQuerySchema, {
              at: "ISO 8601 instant with a zone (write + as %2B in a URL); within five years of today",
              mode: `One of ${travelModes.join(", ")}`,
              lang: "Language of `headline` and the reasons' `text`: en (default) or ru",
            }),
          ],
          responses: { "200": json("Status", "The status"), "400": errorResponse("A bad at, mode or lang"), "404": errorResponse("No such crossing") },
        },
      },
      "/api/v1/crossings/{slug}/reports": {
        get: {
          operationId: "listReports",
          summary: "Visible reports, newest observed first",
          security: PUBLIC,
          parameters: [slugParameter, ...queryParameters(reportListQuerySchema, { limit: "1–100, default 20", before: "The previous page's next" })],
          responses: { "200": json("ReportList", "A page of reports"), "400": errorResponse("A bad limit or before"), "404": errorResponse("No such crossing") },
        },
        post: {
          operationId: "submitReport",
          summary: "Submit a report as a signed-in traveller, or with a personal API token",
          security: SESSION_OR_TOKEN,
          parameters: [slugParameter],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ReportInput" } } } },
          responses: {
            "201": json("ReportCreated", "Created"),
            "200": json("ReportCreated", "The same report was already sent with this idempotencyKey"),
            "400": errorResponse("Invalid report: error.fields gives the message for each wrong field"),
            "401": errorResponse("Not signed in, or the token is unknown or revoked"),
            "404": errorResponse("No such crossing"),
            "415": errorResponse("Not JSON"),
            "422": errorResponse("The idempotencyKey was used for a different report"),
            "429": errorResponse("Over the report limit; see Retry-After"),
          },
        },
      },
      "/api/v1/reports/{id}/flags": {
        post: {
          operationId: "flagReport",
          summary: "Flag a report for the moderators (enough flags from readers with standing hide it until reviewed)",
          security: SESSION,
          parameters: [{ name: "id", in: "path", required: true, description: "The report's id", schema: { type: "string", format: "uuid" } }],
          requestBody: jsonOrForm("FlagInput"),
          responses: {
            "201": json("FlagCreated", "Flagged"),
            "303": formRedirect,
            "400": errorResponse("No body, or an unknown reason"),
            "401": errorResponse("Not signed in"),
            "403": errorResponse("A cross-site request, or an account too new to flag"),
            "404": errorResponse("No such report"),
            "409": errorResponse("Already flagged by this account, or the reader's own report"),
            "429": errorResponse("Over the hourly flag limit for this account or network address; see Retry-After"),
          },
        },
      },
      "/api/v1/exports/reports.csv": {
        get: {
          operationId: "exportReports",
          summary: 'Every visible report as CSV (CC BY 4.0), newest observed first, in parts: a Link header with rel="next" leads on',
          security: PUBLIC,
          parameters: queryParameters(reportsCsvQuerySchema, { before: "Only reports observed before this instant: the next part's start, from the Link header" }),
          responses: { "200": { description: "The CSV, streamed", content: { "text/csv": { schema: { type: "string" } } } }, "400": errorResponse("A bad before") },
        },
      },
      "/api/v1/exports/crossings.geojson": {
        get: {
          operationId: "exportCrossingsGeoJson",
          summary: "Every located crossing as a GeoJSON Point with its state now (RFC 7946, CC BY 4.0)",
          security: PUBLIC,
          responses: { "200": { description: "The feature collection", content: { "application/geo+json": { schema: { $ref: "#/components/schemas/CrossingsGeoJson" } } } } },
        },
      },
      "/feeds/crossings/{file}": {
        get: {
          operationId: "crossingFeed",
          summary: "A crossing's Atom feed: reports, notices and changes of its state",
          security: PUBLIC,
          parameters: [feedFile("file", "^[a-z0-9-]+\\.atom$", "korday-ak-zhol.atom")],
          responses: {
            "200": { description: "The feed", content: { "application/atom+xml": { schema: { type: "string" } } } },
            "404": { description: "No such feed", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
      },
      "/feeds/countries/{file}": {
        get: {
          operationId: "countryFeed",
          summary: "An Atom feed of every crossing on a country's borders (ISO 3166-1 alpha-2 code, lower case)",
          security: PUBLIC,
          parameters: [feedFile("file", "^[a-z]{2}\\.atom$", "kg.atom")],
          responses: {
            "200": { description: "The feed", content: { "application/atom+xml": { schema: { type: "string" } } } },
            "404": { description: "No such feed", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
      },
      "/api/alerts/unsubscribe": {
        post: {
          operationId: "unsubscribe",
          summary: "One-click unsubscribe from an alert (the email's link; RFC 8058 List-Unsubscribe-Post): the secret token is the authorization",
          security: PUBLIC,
          parameters: [{ name: "token", in: "query", required: true, description: "The token from the alert email", schema: { type: "string", pattern: "^[\\w-]{20,100}$" } }],
          responses: { "303": { description: "To /alerts/unsubscribe?done=1 (unsubscribed) or done=0 (no such subscription)" } },
        },
      },
      ...moderationPaths(),
    },
  };
}

/** The moderation API (moderators and admins, signed in; the moderation pages' forms post here too). */
function moderationPaths() {
  const json = (ref: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
  const idParameter = (description: string, schema: Record<string, unknown>) => ({ name: "id", in: "path", required: true, description, schema });
  const operation = (operationId: string, summary: string, body: string, parameters: unknown[], extra: Record<string, unknown> = {}) => ({
    post: {
      operationId,
      summary,
      security: SESSION,
      parameters,
      requestBody: jsonOrForm(body),
      responses: {
        "200": json("ModerationDone", "Done, logged"),
        "303": formRedirect,
        "400": errorResponse("A missing or invalid field"),
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Not a moderator (or, for roles, not an admin), or a cross-site request"),
        "404": errorResponse("Nothing to act on with that id"),
        "422": errorResponse("Not possible in its present state (already hidden, an account's own, …)"),
        ...extra,
      },
    },
  });
  const reportId = idParameter("The report's id", { type: "string", format: "uuid" });
  const userId = idParameter("The account's id", { type: "string", pattern: "^[\\w-]{1,64}$" });
  const logId = (what: string) => idParameter(what, { type: "integer", minimum: 1 });
  const noticeId = idParameter("The notice's id", { type: "string", format: "uuid" });
  const slug = { ...slugParameter, schema: { type: "string", pattern: "^[a-z0-9-]{1,80}$" } };
  // Every action parseModerationPath knows: a Record, so a new action does not compile undocumented.
  const onReports: Record<(typeof reportActions)[number], [string, string]> = {
    hide: ["hideReport", "Hide a report"],
    restore: ["restoreReport", "Show a hidden report again"],
    verify: ["verifyReport", "Mark a report verified (it then counts three times)"],
    "dismiss-flags": ["dismissFlags", "Dismiss a report's flags and show it"],
  };
  const onUsers: Record<(typeof userActions)[number], [string, string, string]> = {
    ban: ["banUser", "Ban an account (and optionally hide its reports); its sessions end at once", "BanInput"],
    unban: ["unbanUser", "Lift a ban", "ReasonInput"],
    "hide-reports": ["hideUserReports", "Hide every report of an account", "ReasonInput"],
    role: ["setRole", "Make an account a moderator or a traveller (admins only)", "RoleInput"],
  };
  return {
    ...Object.fromEntries(
      reportActions.map((action) => [`/api/moderation/reports/{id}/${action}`, operation(onReports[action][0], onReports[action][1], "ReasonInput", [reportId])]),
    ),
    ...Object.fromEntries(userActions.map((action) => [`/api/moderation/users/{id}/${action}`, operation(onUsers[action][0], onUsers[action][1], onUsers[action][2], [userId])])),
    "/api/moderation/actions/{id}/revert": operation("revertAction", "Revert a logged moderation action", "ReasonInput", [logId("The moderation log entry")]),
    "/api/moderation/notices": operation("createNotice", "Post a dated notice (a closure, a reopening, a temporary regime)", "NoticeInput", []),
    "/api/moderation/notices/{id}/withdraw": operation("withdrawNotice", "Withdraw a notice", "ReasonInput", [noticeId]),
    "/api/moderation/crossings/{slug}/baseline": operation("reviseBaseline", "Revise a crossing's baseline (kept as a revision with its diff)", "BaselineRevisionInput", [slug]),
    "/api/moderation/crossings/{slug}/observed-hours": operation(
      "adoptObservedHours",
      "Adopt the hours travellers' reports show as a side's baseline hours",
      "ObservedHoursInput",
      [slug],
    ),
    "/api/moderation/revisions/{id}/revert": operation("revertRevision", "Revert a baseline revision", "ReasonInput", [logId("The baseline revision")]),
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
