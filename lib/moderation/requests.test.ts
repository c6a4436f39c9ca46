/** The moderation API's input schemas: what the database could not store is refused here (found by e2e/fuzz.spec.ts). */
import { describe, expect, it } from "vitest";
import { banBody, baselineBody, noticeBody, noticeBodyFor, observedHoursBody, parseModerationPath, reasonBody, reasonSchemaFor, roleBody } from "@/lib/moderation/requests";
import { messagesFor } from "@/lib/i18n/messages";

const control = messagesFor("en").freeText.controlCharacter;

const notice = { crossing: "irkeshtam", startsAt: "2026-07-15T00:00:00+06:00", effect: "closed", text: "Closed after a landslide", sourceTitle: "Border service" };

describe("notice body", () => {
  it("accepts a notice with a zoned start", () => {
    expect(noticeBody.safeParse(notice).success).toBe(true);
  });

  it("refuses dates PostgreSQL cannot store (year 0000 and before)", () => {
    for (const startsAt of ["0000-01-01T00:00:00Z", "0000-01-01T00:30:00+01:00"]) {
      const result = noticeBody.safeParse({ ...notice, startsAt });
      expect(result.success, startsAt).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["startsAt"]);
    }
    expect(noticeBody.safeParse({ ...notice, endsAt: "0000-01-01T00:00:00Z" }).success).toBe(false);
  });
});

describe("adopting observed hours", () => {
  it("routes /crossings/{slug}/observed-hours, and nothing else like it", () => {
    expect(parseModerationPath(["crossings", "dostuk", "observed-hours"])).toEqual({ kind: "observed-hours", slug: "dostuk" });
    expect(parseModerationPath(["crossings", "Dostuk!", "observed-hours"])).toBeNull();
    expect(parseModerationPath(["crossings", "dostuk", "observed-hours", "0"])).toBeNull();
  });

  it("takes only the side, never the hours", () => {
    expect(observedHoursBody.parse({ side: "1", hours: "24/7" })).toEqual({ side: 1 });
    const refused = observedHoursBody.safeParse({ side: "2" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ["side"], message: "side must be 0 or 1" });
    expect(observedHoursBody.safeParse({}).success).toBe(false);
  });
});

describe("free text in moderation (lib/text/free-text.ts)", () => {
  const firstIssue = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues[0];

  it("refuses a control character or a direction override in a notice's text, source and link, naming it", () => {
    expect(firstIssue(noticeBody.safeParse({ ...notice, text: "Closed\u0007 after a landslide" }))).toMatchObject({ path: ["text"], message: control("U+0007") });
    expect(firstIssue(noticeBody.safeParse({ ...notice, text: "Closed \u202eedispu\u202c today" }))).toMatchObject({ path: ["text"], message: control("U+202E") });
    expect(firstIssue(noticeBody.safeParse({ ...notice, sourceTitle: "Border\u0085service" }))).toMatchObject({ path: ["sourceTitle"], message: control("U+0085") });
    expect(firstIssue(noticeBody.safeParse({ ...notice, sourceUrl: "https://example.org/\u202egpj.exe" }))).toMatchObject({ path: ["sourceUrl"], message: control("U+202E") });
  });

  it("words it in the form's language", () => {
    const issue = firstIssue(noticeBodyFor("ru").safeParse({ ...notice, text: "Закрыто\u007f до пятницы" }));
    expect(issue).toMatchObject({ path: ["text"], message: messagesFor("ru").freeText.controlCharacter("U+007F") });
  });

  it("refuses it in every reason and in a baseline edit's source title", () => {
    for (const body of [reasonBody, banBody, roleBody.extend({ role: roleBody.shape.role.optional() })]) {
      expect(firstIssue(body.safeParse({ reason: "spam\u2066 link" }))).toMatchObject({ path: ["reason"], message: control("U+2066") });
    }
    expect(firstIssue(baselineBody.safeParse({ baseline: {}, reason: "New hours", sourceTitle: "Post\u001b[31m" }))).toMatchObject({
      path: ["sourceTitle"],
      message: control("U+001B"),
    });
    expect(firstIssue(reasonSchemaFor("ru").safeParse("спам\u0000"))).toMatchObject({ message: messagesFor("ru").freeText.controlCharacter("U+0000") });
  });

  it("takes tabs, line breaks and any script, CRLF from a textarea as \\n", () => {
    expect(reasonBody.parse({ reason: "Спам:\r\nссылка на 霍尔果斯\tпродажа 🚗" })).toEqual({ reason: "Спам:\nссылка на 霍尔果斯\tпродажа 🚗" });
    expect(noticeBody.parse({ ...notice, text: "Closed\r\nuntil Friday" }).text).toBe("Closed\nuntil Friday");
  });
});
