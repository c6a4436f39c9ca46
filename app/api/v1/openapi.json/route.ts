import { buildOpenApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/api/origin";
import { cachedJson } from "@/lib/api/caching";

export const dynamic = "force-dynamic";

/** Public: the OpenAPI 3.1 description of this API, generated from its zod schemas. */
export async function GET(request: Request): Promise<Response> {
  return cachedJson(request, buildOpenApiDocument(publicOrigin(request)), { maxAge: 3600 });
}
