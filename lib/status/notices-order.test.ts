import { describe, expect, it } from "vitest";
import { noticesInForce, noticesInPageOrder } from "@/lib/status/notices";
import { notice } from "@/lib/status/test-helpers";

describe("a crossing page's notices (review of 4f8b07c)", () => {
  const now = new Date("2026-07-15T06:00:00Z");
  const older = notice({ id: "a", startsAt: new Date("2026-07-01T00:00:00Z"), text: "Older" });
  const newer = notice({ id: "b", startsAt: new Date("2026-07-10T00:00:00Z"), modes: ["truck"], effect: "open", text: "Newer" });
  const sameStart = notice({ id: "c", startsAt: new Date("2026-07-10T00:00:00Z"), modes: ["car"], text: "Same start" });
  const august = notice({ id: "d", startsAt: new Date("2026-08-01T00:00:00Z"), text: "Planned for August" });
  const september = notice({ id: "e", startsAt: new Date("2026-09-01T00:00:00Z"), text: "Planned for September" });

  it("lists those in force first, in the order the reasons give them, then the planned ones soonest first", () => {
    const order = noticesInPageOrder([september, august, older, newer, sameStart], now).map((n) => n.text);
    expect(order).toEqual(["Same start", "Newer", "Older", "Planned for August", "Planned for September"]);
    // The part in force is the reasons' order.
    expect(order.slice(0, 3)).toEqual(noticesInForce([older, newer, sameStart], now.getTime(), undefined).map((n) => n.text));
  });
});
