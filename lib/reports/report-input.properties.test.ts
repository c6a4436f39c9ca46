/**
 * The report form's and the API's input parsing take anything: 10,000 structured-but-hostile
 * inputs each (e2e/support/hostile.ts) never throw, and what they accept obeys every rule.
 * The real handlers get the same inputs over HTTP in e2e/fuzz.spec.ts; the form's server action
 * renders a page per request there, so most of its cases run here, where they cost microseconds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileString, mutatedRecord, nastyDates, toForm } from "@/e2e/support/hostile";
import { hasControlCharacters } from "@/lib/text/free-text";
import { MAX_NOTES, MAX_WAIT_MINUTES, parseReportForm, parseReportJson, reportTags, type ParsedReport } from "@/lib/reports/report-input";

const now = new Date("2026-07-15T06:00:00Z");
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const path = process.env.FUZZ_PATH || undefined;

const fields = {
  direction: fc.constantFrom("a-b", "b-a"),
  seen: fc.constantFrom("open", "closed", "restricted"),
  mode: fc.constantFrom("pedestrian", "bicycle", "motorcycle", "car", "bus", "truck", "train"),
  tags: fc.subarray([...reportTags]),
  notes: fc.oneof(fc.string({ maxLength: 100 }), hostileString),
  idempotencyKey: fc.uuid(),
};

function obeysTheRules(result: ParsedReport): void {
  if (!result.ok) {
    expect(Object.keys(result.errors).length).toBeGreaterThan(0);
    return;
  }
  const { values } = result;
  expect(values.observedAt.getTime()).toBeLessThanOrEqual(now.getTime() + 5 * 60_000);
  expect(values.observedAt.getTime()).toBeGreaterThanOrEqual(now.getTime() - 366 * 86400_000);
  if (values.waitMinutes !== null) expect(Number.isInteger(values.waitMinutes) && values.waitMinutes >= 0 && values.waitMinutes <= MAX_WAIT_MINUTES).toBe(true);
  if (values.notes !== null) expect(values.notes.length <= MAX_NOTES && !hasControlCharacters(values.notes) && !values.notes.includes("\r")).toBe(true);
  for (const tag of values.tags) expect(reportTags).toContain(tag);
}

describe("report input under hostile input", () => {
  it(`the form's parser: ${runs} hostile forms, never a throw, every accepted report within the rules`, () => {
    const local = fc.date({ min: new Date("2025-07-01T00:00:00Z"), max: new Date("2026-07-16T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16));
    const form = mutatedRecord({
      ...fields,
      observedAt: fc.oneof(local, fc.constantFrom(...nastyDates), hostileString),
      waitMinutes: fc.oneof(fc.integer({ min: -10, max: 5000 }).map(String), fc.constant(""), hostileString),
    });
    const zone = fc.constantFrom("Asia/Bishkek", "Asia/Almaty", "Asia/Shanghai", "Asia/Tashkent");
    fc.assert(
      fc.property(form, zone, fc.constantFrom("en" as const, "ru" as const), (record, timeZone, locale) =>
        obeysTheRules(parseReportForm(toForm(record, FormData), timeZone, now, locale)),
      ),
      {
        numRuns: runs,
        seed,
        path,
      },
    );
  });

  it(`the API's parser: ${runs} hostile JSON bodies, never a throw, every accepted report within the rules`, () => {
    const body = mutatedRecord({
      ...fields,
      observedAt: fc.oneof(
        fc.date({ min: new Date("2025-07-01T00:00:00Z"), max: new Date("2026-07-16T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom(...nastyDates),
      ),
      waitMinutes: fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.constant(null)),
    });
    fc.assert(
      fc.property(body, (record) => obeysTheRules(parseReportJson(JSON.parse(JSON.stringify(record)), now))),
      { numRuns: runs, seed, path },
    );
  });
});
