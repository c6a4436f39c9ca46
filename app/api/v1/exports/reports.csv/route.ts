import { openReportExport } from "@/db/queries/exports";
import { CORS_HEADERS, corsPreflight } from "@/lib/api/caching";
import { jsonError, withApiErrors } from "@/server/api/http";
import { EXPORT_ROW_CAP, REPORT_CSV_HEADER, nextReportsCsvPath, reportCsvRow, reportsCsvQuerySchema } from "@/lib/exports/csv";
import { DATA_LICENSE_URL } from "@/lib/exports/geojson";

export const dynamic = "force-dynamic";

/**
 * Public: every visible report as CSV, newest observed first, streamed. At most
 * EXPORT_ROW_CAP rows per request; a `Link: <…?before=…>; rel="next"` header leads on.
 *
 * The header row goes out at once; then one small keyset batch per pull (the stream asks for
 * more only as the client reads, so memory stays flat), with the event loop free between
 * batches. When the client hangs up (the request's signal aborts, or the stream is
 * cancelled) no further batch is read.
 */
export const GET = withApiErrors(async (request: Request) => {
  const url = new URL(request.url);
  const query = reportsCsvQuerySchema.safeParse({ before: url.searchParams.get("before") ?? undefined });
  if (!query.success) return jsonError(400, "invalid_query", query.error.issues[0]!.message);

  const signal = request.signal;
  const part = await openReportExport({ before: query.data.before, cap: EXPORT_ROW_CAP, signal });
  const batches = part.batches();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(REPORT_CSV_HEADER));
    },
    async pull(controller) {
      try {
        if (signal.aborted) {
          await batches.return(undefined);
          controller.close();
          return;
        }
        const { value, done } = await batches.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value.map(reportCsvRow).join("")));
      } catch (error) {
        // The status line is already sent: the client sees a cut-off download.
        console.error("CSV export failed mid-stream:", error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });

  const links = [`<${DATA_LICENSE_URL}>; rel="license"`, `</data>; rel="describedby"`];
  if (part.next) links.push(`<${nextReportsCsvPath(part.next)}>; rel="next"`);
  return new Response(stream, {
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Expose-Headers": "Link, X-License, Retry-After",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="crossings-reports.csv"',
      "Cache-Control": "no-store",
      "X-License": "CC-BY-4.0",
      Link: links.join(", "),
    },
  });
});

export const OPTIONS = corsPreflight;
