import { describe, expect, it } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { parseBaselineEdit } from "@/lib/moderation/baseline-edit";
import { diffBaselines } from "@/lib/moderation/baseline-diff";
import { formErrorMap, noticeBody, noticeBodyFor, reasonBody } from "@/lib/moderation/requests";
import { messagesFor } from "@/lib/i18n/messages";
import { apiMessageText } from "@/app/moderation/api-messages";
import { NUL_MESSAGE } from "@/lib/text/storable";

const notice = { crossing: "test-crossing", startsAt: "2026-07-01T00:00:00Z", effect: "closed", text: "Closed for repairs", sourceTitle: "Border service" };

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
}

describe("moderation messages", () => {
  it("keeps the API's English messages", () => {
    const issues = noticeBody.safeParse({ ...notice, text: "x", sourceUrl: "nope", endsAt: "2026-06-01T00:00:00Z", effect: "boom" }).error!.issues;
    expect(Object.fromEntries(issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      text: "Say what the notice is (at least 5 characters).",
      sourceUrl: "Give a full URL (https://…).",
      effect: "Say whether it closes, opens or restricts the crossing.",
    });
    expect(noticeBody.safeParse({ ...notice, endsAt: "2026-06-01T00:00:00Z" }).error!.issues[0]!.message).toBe("The end must be after the start.");
    expect(reasonBody.safeParse({ reason: "x" }).error!.issues[0]!.message).toBe("Give a reason (at least 3 characters).");
    const long = noticeBodyFor("en").safeParse({ ...notice, sourceTitle: "x".repeat(201) }, { error: formErrorMap("en") });
    expect(long.error!.issues[0]!.message).toBe(noticeBody.safeParse({ ...notice, sourceTitle: "x".repeat(201) }).error!.issues[0]!.message);
  });

  it("gives the forms their messages in Russian", () => {
    const issues = noticeBodyFor("ru").safeParse({ ...notice, text: "x", sourceTitle: "y".repeat(201) }, { error: formErrorMap("ru") }).error!.issues;
    expect(issues.map((issue) => issue.message)).toEqual(["Напишите текст объявления (не меньше 5 символов).", "Не больше 200 символов."]);
  });

  it("checks a baseline edit the same way in both languages", () => {
    const baseline = testBaseline();
    const fields = { "hours.0": "Mo-Fr 25:00-26:00", "hours.1": "", who: "nobody", reason: "ok", sourceTitle: "x", sourceUrl: "bad", asOf: "May" };
    const en = parseBaselineEdit(baseline, form(fields));
    const ru = parseBaselineEdit(baseline, form(fields), "ru");
    expect(en.ok || ru.ok).toBe(false);
    if (en.ok || ru.ok) return;
    expect(Object.keys(ru.errors).sort()).toEqual(Object.keys(en.errors).sort());
    expect(en.errors["hours.0"]).toMatch(/^The opening_hours parser says: /);
    // A valid value beyond the limits is refused beside the field, by the baseline schema's check.
    const tooFine = parseBaselineEdit(
      baseline,
      form({ ...fields, "hours.1": Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, "0")}:00-${String(i).padStart(2, "0")}:30`).join(",") }),
    );
    expect(!tooFine.ok && tooFine.errors["hours.1"]).toMatch(/^Too long or too detailed for one post \(more than 16 time ranges/);
    expect(en.errors).toMatchObject({
      "hours.1": "Give the hours in opening_hours syntax (e.g. Mo-Fr 09:00-18:00), or “unknown”.",
      who: "Choose who may cross.",
      modes: "Tick at least one way to cross.",
      reason: "Give a reason (at least 3 characters).",
      sourceTitle: "Name the source of this edit (a page, a call to the post, a notice).",
      sourceUrl: "Give a full URL (https://…), or leave it empty.",
      asOf: "as-of date must be YYYY, YYYY-MM or YYYY-MM-DD",
    });
    expect(ru.errors).toMatchObject({ who: "Выберите, кто может пересекать границу.", reason: "Укажите причину (не меньше 3 символов)." });
    expect(ru.errors["hours.0"]).toMatch(/^Ошибка разбора opening_hours: /);
  });

  it("refuses control characters and direction overrides in any field of a baseline edit, naming them beside the field", () => {
    const baseline = testBaseline();
    const fields = {
      "hours.0": "24/7",
      "hours.1": 'Mo-Fr 09:00-18:00 "\u202eclosed"',
      who: "everyone",
      modes: ["car"],
      "borderPermit.choice": "required",
      "borderPermit.detail": "From the FSB\u0007 office",
      "advanceNotice.choice": "unknown",
      "entryFee.choice": "unknown",
      "facility.food": "yes",
      "facility.food.detail": "Café \u2067on the left\u2069",
      reason: "New hours",
      sourceTitle: "Border service\u0085",
      sourceUrl: "",
      asOf: "2026-12",
    };
    const en = parseBaselineEdit(baseline, form(fields));
    expect(en.ok).toBe(false);
    if (en.ok) return;
    const control = messagesFor("en").freeText.controlCharacter;
    expect(en.errors).toEqual({
      "hours.1": control("U+202E"),
      "borderPermit.detail": control("U+0007"),
      "facility.food.detail": control("U+2067"),
      sourceTitle: control("U+0085"),
    });
    const ru = parseBaselineEdit(baseline, form(fields), "ru");
    expect(!ru.ok && ru.errors["borderPermit.detail"]).toBe(messagesFor("ru").freeText.controlCharacter("U+0007"));
    // CRLF from a textarea is a line break, stored as "\n".
    const fine = parseBaselineEdit(
      baseline,
      form({ ...fields, "hours.1": "24/7", "borderPermit.detail": "From the FSB office,\r\nin Osh", "facility.food.detail": "Café\ton the left", sourceTitle: "Border service" }),
    );
    expect(fine.ok && fine.baseline.borderPermit?.value.detail).toBe("From the FSB office,\nin Osh");
  });

  it("describes a revision's changes as before in English", () => {
    const before = testBaseline({ typicalWait: { value: { minMinutes: 10, maxMinutes: 20 }, sources: [{ source: "x", asOf: "2025" }] } });
    const after = testBaseline({
      hours: ["Mo-Su 08:00-20:00", "24/7"],
      traffic: { value: { modes: ["car", "pedestrian"], who: "bilateral" }, sources: [{ source: "x", asOf: "2025" }] },
      facilities: { value: [{ kind: "exchange", side: 0, available: true, detail: "at the gate" }], sources: [{ source: "x", asOf: "2025" }] },
      entryFee: { value: { required: true, detail: "10 USD" }, sources: [{ source: "x", asOf: "2025" }] },
    });
    const changes = diffBaselines(before, after);
    expect(changes.length).toBeGreaterThan(3);
    const byPath = new Map(changes.map((change) => [change.path, change]));
    expect(byPath.get("sides.0.hours")).toMatchObject({ label: "Hours at Kyrgyz post (Kyrgyzstan)", before: "24/7", after: "Mo-Su 08:00-20:00" });
    expect(byPath.get("entryFee")).toMatchObject({ label: "Entry fee", before: null, after: "Required: 10 USD" });
    expect(byPath.get("traffic")!.after).toBe("Citizens of the two countries only; car, on foot");
    const ru = diffBaselines(before, after, "ru");
    expect(ru.find((change) => change.path === "sides.0.hours")!.label).toBe("Часы работы — Kyrgyz post (Кыргызстан)");
    expect(ru.find((change) => change.path === "entryFee")!.after).toBe("Требуется: 10 USD");
  });

  it("keeps untouched facts (and their sources) when the stored baseline has its keys in another order", () => {
    const sources = [{ source: "border-service", asOf: "2025" }];
    // As jsonb hands it back: keys in its own order, not the order they were written in.
    const stored = testBaseline();
    stored.traffic = { value: JSON.parse('{"who": "everyone", "otherModes": "unknown", "modes": ["car", "bus"]}'), sources, alternatives: [] };
    const fields = { "hours.0": stored.sides[0].hours.value, "hours.1": "Mo-Fr 09:00-18:00", who: "everyone", modes: ["car", "bus"], otherModes: "unknown" };
    const meta = { reason: "Hours from the border service", sourceTitle: "Border service notice", sourceUrl: "", asOf: "2026-12" };
    for (const key of ["borderPermit", "advanceNotice", "entryFee"]) Object.assign(fields, { [`${key}.choice`]: "unknown" });
    const edit = parseBaselineEdit(stored, form({ ...fields, ...meta }));
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.baseline.traffic.sources).toEqual(sources);
    expect(diffBaselines(stored, edit.baseline).map((change) => change.path)).toEqual(["sides.1.hours"]);
    // Clearing the box is a change of the traffic fact, shown in the diff.
    const cleared = parseBaselineEdit(stored, form({ ...fields, ...meta, otherModes: [] }));
    expect(cleared.ok && diffBaselines(stored, cleared.baseline).find((change) => change.path === "traffic")).toMatchObject({
      before: "Everyone, including foreigners; car, bus; other modes not known",
      after: "Everyone, including foreigners; car, bus",
    });
  });

  it("puts the API's known messages into Russian and leaves others as sent", () => {
    expect(apiMessageText("reason: Give a reason (at least 3 characters).", "ru")).toBe("Причина: Укажите причину (не меньше 3 символов).");
    expect(apiMessageText("This action was already reverted.", "ru")).toBe("Это действие уже отменено.");
    expect(apiMessageText("Something new.", "ru")).toBe("Something new.");
    expect(apiMessageText("This action was already reverted.", "en")).toBe("This action was already reverted.");
    // The whole-body check's refusal (lib/text/storable.ts) is one of them.
    expect(apiMessageText(NUL_MESSAGE, "ru")).toBe(messagesFor("ru").moderation.apiErrors.controlCharacters);
  });
});
