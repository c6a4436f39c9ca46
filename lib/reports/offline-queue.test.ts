/** The report form's fields, kept offline, become the JSON the API takes. */
import { describe, expect, it } from "vitest";
import { localToInstant, reportBody } from "@/lib/reports/offline-queue";

describe("localToInstant", () => {
  it.each([
    ["2026-12-01T14:05", "Asia/Bishkek", "2026-12-01T08:05:00.000Z"],
    ["2026-12-01T14:05", "Asia/Almaty", "2026-12-01T09:05:00.000Z"],
    ["2026-12-01T00:30", "Asia/Shanghai", "2026-11-30T16:30:00.000Z"],
    // Either side of a daylight-saving change: the offset at that wall time, not at the guess.
    ["2026-03-29T01:30", "Europe/Berlin", "2026-03-29T00:30:00.000Z"],
    ["2026-03-29T03:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"],
  ])("%s in %s is %s", (local, zone, instant) => {
    expect(localToInstant(local, zone)).toBe(instant);
  });

  it("passes on what is not a date-time, for the API to refuse", () => {
    expect(localToInstant("yesterday", "Asia/Bishkek")).toBe("yesterday");
  });
});

describe("reportBody", () => {
  function form(fields: [string, string][]): FormData {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    return data;
  }
  const key = "0b7e0f0e-9a8e-4c57-9a43-1f0f0c6f1a2b";

  it("turns the form's strings into the API's JSON", () => {
    const body = reportBody(
      form([
        ["direction", "a-b"],
        ["observedAt", "2026-12-01T14:05"],
        ["seen", "open"],
        ["mode", "car"],
        ["waitMinutes", " 35 "],
        ["tags", "lunch-break"],
        ["tags", "fee-paid"],
        ["notes", "ok"],
        ["idempotencyKey", key],
      ]),
      "Asia/Bishkek",
    );
    expect(body).toEqual({
      direction: "a-b",
      observedAt: "2026-12-01T08:05:00.000Z",
      seen: "open",
      mode: "car",
      waitMinutes: 35,
      tags: ["lunch-break", "fee-paid"],
      notes: "ok",
      idempotencyKey: key,
    });
  });

  it("leaves a wait that is not a number as typed, and an empty one out", () => {
    const base: [string, string][] = [
      ["direction", "b-a"],
      ["observedAt", "2026-12-01T14:05"],
      ["seen", "closed"],
      ["mode", "bus"],
      ["idempotencyKey", key],
    ];
    expect(reportBody(form([...base, ["waitMinutes", "abc"]]), "UTC")?.waitMinutes).toBe("abc");
    expect(reportBody(form([...base, ["waitMinutes", ""]]), "UTC")?.waitMinutes).toBeNull();
  });

  it("is null while a required choice is missing", () => {
    expect(
      reportBody(
        form([
          ["direction", "a-b"],
          ["seen", "open"],
          ["idempotencyKey", key],
        ]),
        "UTC",
      ),
    ).toBeNull();
  });
});
