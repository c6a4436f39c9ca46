import { describe, expect, it } from "vitest";
import { parseReportForm, parseReportJson, reportPayloadHash } from "@/lib/reports/report-input";
import { decodeCursor, encodeCursor } from "@/lib/reports/cursor";
import { clientAddress, hashAddress } from "@/lib/reports/client-address";

const now = new Date("2026-07-15T06:00:00Z"); // 12:00 in Bishkek
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
};
const valid = {
  direction: "a-b",
  observedAt: "2026-07-15T11:30",
  seen: "closed",
  mode: "car",
  waitMinutes: "45",
  tags: ["lunch-break", "fee-paid"],
  notes: "  <b>not html</b>  ",
  idempotencyKey: "3f0b0c4e-6a5e-4d3b-9a51-0d8f8f3a2b11",
};

describe("report form", () => {
  it("reads the local time in the crossing's zone and keeps notes as plain text", () => {
    const result = parseReportForm(form(valid), "Asia/Bishkek", now);
    expect(result).toEqual({
      ok: true,
      idempotencyKey: valid.idempotencyKey,
      values: {
        direction: "a-b",
        observedAt: new Date("2026-07-15T05:30:00Z"),
        seen: "closed",
        mode: "car",
        waitMinutes: 45,
        tags: ["lunch-break", "fee-paid"],
        notes: "<b>not html</b>",
      },
    });
  });

  it("treats an empty wait and empty notes as not given", () => {
    const result = parseReportForm(form({ ...valid, waitMinutes: "", notes: "   ", tags: [] }), "Asia/Bishkek", now);
    expect(result.ok && [result.values.waitMinutes, result.values.notes, result.values.tags]).toEqual([null, null, []]);
  });

  it.each([
    [{ direction: "" }, "direction", "Choose which way you crossed."],
    [{ direction: "sideways" }, "direction", "Choose which way you crossed."],
    [{ waitMinutes: "-5" }, "waitMinutes", "The wait cannot be negative."],
    [{ waitMinutes: "4321" }, "waitMinutes", "The wait can be at most 72 hours (4,320 minutes)."],
    [{ waitMinutes: "12.5" }, "waitMinutes", "The wait must be whole minutes."],
    [{ waitMinutes: "soon" }, "waitMinutes", "The wait must be whole minutes."],
    [{ observedAt: "2026-07-15T14:00" }, "observedAt", "That time is in the future: report what you saw, when you saw it."],
    [{ observedAt: "2025-07-01T10:00" }, "observedAt", "Reports can go back at most one year."],
    [{ observedAt: "yesterday" }, "observedAt", "Enter the date and time you were there."],
    [{ observedAt: "2026-02-31T10:00" }, "observedAt", "That date and time do not exist."],
    [{ seen: "" }, "seen", "Say what you found: open, closed or restricted."],
    [{ mode: "rocket" }, "mode", "Choose how you travelled."],
    [{ tags: ["lunch-break", "bribe"] }, "tags", "Pick tags from the list."],
    [{ notes: "x".repeat(2001) }, "notes", "Notes can be at most 2,000 characters."],
    [{ idempotencyKey: "" }, "idempotencyKey", "This form is out of date: reload the page and try again."],
  ])("refuses %j with a message for %s", (change, field, message) => {
    const result = parseReportForm(form({ ...valid, ...change }), "Asia/Bishkek", now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field as keyof typeof result.errors]).toBe(message);
  });

  it("reports every wrong field at once", () => {
    const result = parseReportForm(form({ ...valid, direction: "", waitMinutes: "-1", observedAt: "2027-01-01T00:00" }), "Asia/Bishkek", now);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(["direction", "observedAt", "waitMinutes"]);
  });
});

describe("report JSON (API)", () => {
  it("accepts an ISO instant and applies the same time rules", () => {
    const body = { direction: "b-a", observedAt: "2026-07-15T11:00:00+06:00", seen: "open", mode: "bus", idempotencyKey: valid.idempotencyKey };
    expect(parseReportJson(body, now)).toMatchObject({ ok: true, values: { waitMinutes: null, tags: [], notes: null } });
    expect(parseReportJson({ ...body, observedAt: "2026-07-16T11:00:00+06:00" }, now)).toMatchObject({ ok: false, errors: { observedAt: expect.stringContaining("future") } });
    expect(parseReportJson({ ...body, waitMinutes: -3 }, now)).toMatchObject({ ok: false, errors: { waitMinutes: "The wait cannot be negative." } });
    expect(parseReportJson("nonsense", now).ok).toBe(false);
  });
});

const controlMessage = (codePoint: string) =>
  `Text cannot contain control characters (this has ${codePoint}). Tabs and line breaks are fine; other invisible control and text-direction characters are not.`;
const json = (notes: unknown) => ({ direction: "a-b", observedAt: "2026-07-15T05:30:00Z", seen: "open", mode: "car", notes, idempotencyKey: valid.idempotencyKey });

describe("text the database cannot store (found by e2e/fuzz.spec.ts)", () => {
  it("refuses notes with a NUL character in the form and the API, instead of failing at the insert", () => {
    expect(parseReportForm(form({ ...valid, notes: "gate\u0000closed" }), "Asia/Bishkek", now)).toEqual({ ok: false, errors: { notes: controlMessage("U+0000") } });
    expect(parseReportJson(json("\u0000"), now)).toEqual({ ok: false, errors: { notes: controlMessage("U+0000") } });
    expect(parseReportJson(json("\ud800"), now)).toEqual({ ok: false, errors: { notes: controlMessage("U+D800") } });
  });
});

describe("notes are free text (lib/text/free-text.ts)", () => {
  it("refuses a bell character in the form and the API, naming it in the notes' error", () => {
    expect(parseReportForm(form({ ...valid, notes: "gate\u0007closed" }), "Asia/Bishkek", now)).toEqual({ ok: false, errors: { notes: controlMessage("U+0007") } });
    expect(parseReportJson(json("gate\u0007closed"), now)).toEqual({ ok: false, errors: { notes: controlMessage("U+0007") } });
  });

  it("words the form's error in the reader's language", () => {
    const result = parseReportForm(form({ ...valid, notes: "шлагбаум\u202eзакрыт" }), "Asia/Bishkek", now, "ru");
    expect(result).toEqual({ ok: false, errors: { notes: expect.stringMatching(/^Текст не может содержать управляющие символы \(здесь есть U\+202E\)/) } });
  });

  it("refuses direction overrides, DEL and C1 controls too", () => {
    for (const [character, label] of [
      ["\u202e", "U+202E"],
      ["\u2066", "U+2066"],
      ["\u007f", "U+007F"],
      ["\u0085", "U+0085"],
      ["\r", "U+000D"],
    ]) {
      expect(parseReportJson(json(`a${character}b`), now)).toEqual({ ok: false, errors: { notes: controlMessage(label!) } });
    }
  });

  it("keeps tabs, line breaks and any script; stores the form's CRLF as \\n, as the API's", () => {
    const text = "Очередь\t40 машин\n霍尔果斯 🚗";
    const fromForm = parseReportForm(form({ ...valid, notes: text.replace("\n", "\r\n") }), "Asia/Bishkek", now);
    const fromApi = parseReportJson(json(text), now);
    expect(fromForm.ok && fromForm.values.notes).toBe(text);
    expect(fromApi.ok && fromApi.values.notes).toBe(text);
  });
});

describe("helpers", () => {
  it("hashes the same content the same way, whatever the tag order", () => {
    const values = {
      direction: "a-b" as const,
      observedAt: now,
      seen: "open" as const,
      mode: "car" as const,
      waitMinutes: 5,
      tags: ["fee-paid", "lunch-break"] as const,
      notes: null,
    };
    expect(reportPayloadHash(1, { ...values, tags: [...values.tags] })).toBe(reportPayloadHash(1, { ...values, tags: ["lunch-break", "fee-paid"] }));
    expect(reportPayloadHash(1, { ...values, tags: [] })).not.toBe(reportPayloadHash(2, { ...values, tags: [] }));
  });

  it("round-trips report cursors and refuses anything else", () => {
    const cursor = { observedAt: now, id: "3f0b0c4e-6a5e-4d3b-9a51-0d8f8f3a2b11" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("2026-07-15_x")).toBeNull();
    expect(decodeCursor("'; drop table reports; --")).toBeNull();
    // Found by e2e/fuzz.spec.ts: PostgreSQL has no year 0000, and "02-30" is no date.
    expect(decodeCursor("0000-01-01T00:00:00.000Z_987e1a1c-06aa-40d3-9b8d-0b47f6c86dad")).toBeNull();
    expect(decodeCursor("2026-02-30T10:00:00.000Z_987e1a1c-06aa-40d3-9b8d-0b47f6c86dad")).toBeNull();
  });

  it("trusts X-Forwarded-For only as far as the configured proxies, and never stores it in the clear", () => {
    // Behind one proxy that appends what it saw, a client's forged first entry is ignored.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2" }), 2)).toBe("203.0.113.7");
    // Reached directly, the header is the client's own word: not trusted at all.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
    expect(clientAddress(new Headers(), 1)).toBe("unknown");
    expect(hashAddress("203.0.113.7", "secret")).not.toContain("203");
    expect(hashAddress("203.0.113.7", "secret")).toBe(hashAddress("203.0.113.7", "secret"));
  });
});
