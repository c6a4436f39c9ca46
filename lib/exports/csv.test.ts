import { describe, expect, it } from "vitest";
import {
  EXPORT_ROW_CAP,
  REPORT_CSV_COLUMNS,
  REPORT_CSV_HEADER,
  csvCell,
  csvRow,
  nextReportsCsvPath,
  reportCsvRow,
  reportsCsvQuerySchema,
  type ExportReport,
} from "@/lib/exports/csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ["line one\nline two", '"line one\nline two"'],
    ["cr\rlf", '"cr\rlf"'],
    ["crlf\r\nend", '"crlf\r\nend"'],
    ["=1+2", "'=1+2"],
    ["+7 701 000 0000", "'+7 701 000 0000"],
    ["-2 hours at the gate", "'-2 hours at the gate"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ["=cmd|' /C calc'!A0, ok", `"'=cmd|' /C calc'!A0, ok"`],
    ["a=b+c-d@e", "a=b+c-d@e"],
    ["Кеген, таможня", '"Кеген, таможня"'],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ["bell\u0007 and escape\u001b[31m", "bell and escape[31m"],
    ["Barrier \u202edn\u202c up", "Barrier dn up"],
    ["isolate \u2066x\u2069, then", '"isolate x, then"'],
    ["del\u007f nel\u0085 c1\u009f", "del nel c1"],
    ["nul\u0000 lone\ud800 pair \ud83d\ude97", "nul lone pair \ud83d\ude97"],
    ["\u0007=1+2", "'=1+2"],
    ["\u202e@SUM(A1)", "'@SUM(A1)"],
    ["tab\tand\nlines\r\nkept", '"tab\tand\nlines\r\nkept"'],
  ])("drops control characters and direction overrides stored before the rule: %j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes null as empty and numbers and booleans as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(45)).toBe("45");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
  });
});

describe("csvRow", () => {
  it("joins with commas and ends with CRLF", () => {
    expect(csvRow(["a", "b,c", null, 3])).toBe('a,"b,c",,3\r\n');
  });

  it("the header row is the documented columns", () => {
    expect(REPORT_CSV_HEADER).toBe("id,crossing,observed_at,submitted_at,direction,from,to,seen,mode,wait_minutes,tags,notes,verified,confirmations,disputes\r\n");
    expect(REPORT_CSV_COLUMNS).toHaveLength(15);
  });
});

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

const report: ExportReport = {
  id: "0b6f3f4e-8f0a-4c56-9a1e-2f1d7c1b9a00",
  crossingSlug: "irkeshtam",
  observedAt: new Date("2026-07-15T05:30:00Z"),
  submittedAt: new Date("2026-07-15T06:02:03.456Z"),
  direction: "b-a",
  from: "CN",
  to: "KG",
  seen: "restricted",
  mode: "truck",
  waitMinutes: null,
  tags: ["lunch-break", "permit-checked"],
  notes: '=2+3, then "lunch"\nback at 16:00',
  verified: true,
  confirmations: 2,
  disputes: 0,
};

describe("reportCsvRow", () => {
  it("writes one record per report that a CSV reader reads back, formulas neutralised", () => {
    const [header, row] = parseCsv(REPORT_CSV_HEADER + reportCsvRow(report));
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    expect(Object.fromEntries(header!.map((column, index) => [column, row![index]]))).toEqual({
      id: report.id,
      crossing: "irkeshtam",
      observed_at: "2026-07-15T05:30:00.000Z",
      submitted_at: "2026-07-15T06:02:03.456Z",
      direction: "b-a",
      from: "CN",
      to: "KG",
      seen: "restricted",
      mode: "truck",
      wait_minutes: "",
      tags: "lunch-break;permit-checked",
      notes: `'=2+3, then "lunch"\nback at 16:00`,
      verified: "true",
      confirmations: "2",
      disputes: "0",
    });
  });
});

describe("the before parameter", () => {
  it("takes an ISO 8601 instant with an offset, or nothing", () => {
    expect(reportsCsvQuerySchema.parse({}).before).toBeUndefined();
    expect(reportsCsvQuerySchema.parse({ before: "2026-05-01T00:00:00Z" }).before?.toISOString()).toBe("2026-05-01T00:00:00.000Z");
    expect(reportsCsvQuerySchema.parse({ before: "2026-05-01T06:00:00+06:00" }).before?.toISOString()).toBe("2026-05-01T00:00:00.000Z");
  });

  it.each(["yesterday", "2026-05-01", "2026-13-01T00:00:00Z", "2026-05-01T00:00:00", ""])("refuses %j", (before) => {
    expect(reportsCsvQuerySchema.safeParse({ before }).success).toBe(false);
  });

  it("the next part's path carries the instant, encoded", () => {
    expect(nextReportsCsvPath(new Date("2026-05-01T00:00:00Z"))).toBe("/api/v1/exports/reports.csv?before=2026-05-01T00%3A00%3A00.000Z");
    expect(EXPORT_ROW_CAP).toBe(100_000);
  });
});
