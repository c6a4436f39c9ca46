import { describe, expect, it } from "vitest";
import { isModeratorPage, pathTarget } from "@/lib/http/canonical-path";

describe("pathTarget", () => {
  it("redirects a slug in another case to the lower-case one, keeping the sub-page", () => {
    expect(pathTarget("/crossings/Irkeshtam")).toEqual({ kind: "redirect", pathname: "/crossings/irkeshtam" });
    expect(pathTarget("/crossings/IRKESHTAM/history")).toEqual({ kind: "redirect", pathname: "/crossings/irkeshtam/history" });
    expect(pathTarget("/crossings/Karkyra-Kegen/edit")).toEqual({ kind: "redirect", pathname: "/crossings/karkyra-kegen/edit" });
    expect(pathTarget("/crossings/%49rkeshtam")).toEqual({ kind: "redirect", pathname: "/crossings/irkeshtam" });
  });

  it("asks for a lower-case slug to be looked up", () => {
    expect(pathTarget("/crossings/irkeshtam")).toEqual({ kind: "crossing", slug: "irkeshtam" });
    expect(pathTarget("/crossings/irkeshtam/history/")).toEqual({ kind: "crossing", slug: "irkeshtam" });
    expect(pathTarget("/crossings/no-such-crossing")).toEqual({ kind: "crossing", slug: "no-such-crossing" });
  });

  it("knows at once that a slug that cannot be one is not found", () => {
    for (const path of ["/crossings/irk%20eshtam", "/crossings/%E0%A4%A", "/crossings/a--b", "/crossings/Иркештам", `/crossings/${"a".repeat(81)}`]) {
      expect(pathTarget(path), path).toEqual({ kind: "not-found" });
    }
  });

  it("looks up a report id and refuses anything else", () => {
    const id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    expect(pathTarget(`/reports/${id}/edit`)).toEqual({ kind: "report", id });
    expect(pathTarget("/reports/42/edit")).toEqual({ kind: "not-found" });
  });

  it("leaves every other path alone", () => {
    for (const path of ["/", "/crossings", "/crossings/irkeshtam/other", "/reports/mine", "/api/v1/crossings/Irkeshtam"]) expect(pathTarget(path), path).toBeNull();
  });
});

describe("isModeratorPage", () => {
  it("knows the pages server/auth/guards.ts keeps to moderators", () => {
    for (const path of ["/moderation", "/moderation/", "/moderation/log", "/moderation/users", "/moderation/notices", "/crossings/irkeshtam/history", "/crossings/irkeshtam/edit"])
      expect(isModeratorPage(path), path).toBe(true);
    for (const path of ["/", "/crossings/irkeshtam", "/moderationx", "/reports/mine", "/account"]) expect(isModeratorPage(path), path).toBe(false);
  });
});
