/** The moderation API's input schemas: what the database could not store is refused here (found by e2e/fuzz.spec.ts). */
import { describe, expect, it } from "vitest";
import { noticeBody, observedHoursBody, parseModerationPath } from "@/lib/moderation/requests";

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
