/**
 * The reports export as CSV (RFC 4180): pure text building, no I/O. The data layer
 * (db/queries/exports.ts) supplies the rows; the route streams them.
 *
 * Cells are quoted when they hold a comma, a double quote, CR or LF, with quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or CR) is
 * neutralised with a leading apostrophe (OWASP "CSV injection"): the file is opened by
 * people in Excel and LibreOffice, and report notes are free text from anyone.
 *
 * Before both, a cell loses the characters free text may not hold (lib/text/free-text.ts:
 * controls other than tab and line breaks, DEL, C1, direction overrides such as U+202E, which
 * would show a note reversed in a spreadsheet). New notes cannot hold them; notes stored
 * before that rule may. Stripping comes first, so "\u0007=1+2" is neutralised as "=1+2" is.
 */
import { z } from "zod";
import type { CountryCode } from "@/lib/baseline/schema";
import { stripControlCharacters } from "@/lib/text/free-text";

/** One request returns at most this many rows; `before` pages on to older ones. */
export const EXPORT_ROW_CAP = 100_000;

export const REPORT_CSV_COLUMNS = [
  "id",
  "crossing",
  "observed_at",
  "submitted_at",
  "direction",
  "from",
  "to",
  "seen",
  "mode",
  "wait_minutes",
  "tags",
  "notes",
  "verified",
  "confirmations",
  "disputes",
] as const;

/** A visible report as the export carries it: never its author, email or address hash. */
export interface ExportReport {
  id: string;
  crossingSlug: string;
  observedAt: Date;
  submittedAt: Date;
  direction: "a-b" | "b-a";
  from: CountryCode;
  to: CountryCode;
  seen: "open" | "closed" | "restricted";
  mode: string;
  waitMinutes: number | null;
  tags: string[];
  notes: string | null;
  verified: boolean;
  confirmations: number;
  disputes: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: null is empty; text loses control characters, is neutralised against formulas, then quoted if needed. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = stripControlCharacters(value, { keepCarriageReturns: true });
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const REPORT_CSV_HEADER = csvRow(REPORT_CSV_COLUMNS);

export function reportCsvRow(report: ExportReport): string {
  return csvRow([
    report.id,
    report.crossingSlug,
    report.observedAt.toISOString(),
    report.submittedAt.toISOString(),
    report.direction,
    report.from,
    report.to,
    report.seen,
    report.mode,
    report.waitMinutes,
    report.tags.join(";"),
    report.notes,
    report.verified,
    report.confirmations,
    report.disputes,
  ]);
}

/** `?before=` an ISO 8601 instant with its offset: only reports observed strictly before it. */
export const reportsCsvQuerySchema = z.object({
  before: z.iso
    .datetime({ offset: true, error: "before must be an ISO 8601 instant, e.g. 2026-05-01T00:00:00Z" })
    .transform((value) => new Date(value))
    .optional(),
});

/** The URL of the next, older page of the export (relative, like every URL the API gives). */
export function nextReportsCsvPath(next: Date): string {
  return `/api/v1/exports/reports.csv?before=${encodeURIComponent(next.toISOString())}`;
}
