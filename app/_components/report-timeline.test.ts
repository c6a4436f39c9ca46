/**
 * The timeline's markup for a reader and for a moderator: server components resolved by hand
 * (each async component awaited), then rendered to HTML, as the page would send it.
 */
import { createElement, isValidElement, cloneElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { testBaseline } from "@/lib/baseline/test-fixtures";
import { messagesFor } from "@/lib/i18n/messages";
import { formatters } from "@/lib/format/time";
import type { ModeratedReport } from "@/db/queries/moderator-timeline";
import type { PublicReport } from "@/db/queries/reports";

vi.mock("@/server/i18n", () => ({ getI18n: async () => ({ locale: "en", t: messagesFor("en"), f: formatters("en") }) }));
vi.mock("@/app/reports/actions", () => ({ feedbackAction: async () => {} }));

const { ReportTimeline } = await import("@/app/_components/report-timeline");

/** Awaits every function component (server components are plain async functions). */
async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node;
  const { type, props } = node as { type: unknown; props: { children?: ReactNode } };
  if (typeof type === "function") return resolve(await (type as (props: unknown) => ReactNode | Promise<ReactNode>)(props));
  if (props.children === undefined) return node;
  // Children as they were written (a list stays one argument per child, keeping React's key rules).
  const children = Array.isArray(props.children) ? ((await resolve(props.children)) as ReactNode[]) : [await resolve(props.children)];
  return cloneElement(node, undefined, ...children);
}

const now = new Date("2026-07-15T10:00:00Z");
const publicReport = (id: string, notes: string): PublicReport => ({
  id,
  observedAt: new Date(now.getTime() - 30 * 60_000),
  submittedAt: new Date(now.getTime() - 25 * 60_000),
  direction: "a-b",
  seen: "closed",
  mode: "car",
  waitMinutes: null,
  tags: [],
  notes,
  verified: false,
  confirmations: 0,
  disputes: 0,
  edited: false,
  mine: false,
});
const shown: ModeratedReport = { ...publicReport("11111111-1111-4111-8111-111111111111", "Shown"), hidden: false, reviewState: "none" };
const hidden: ModeratedReport = { ...publicReport("22222222-2222-4222-8222-222222222222", "Hidden"), hidden: true, reviewState: "flagged" };

async function html(reports: (PublicReport | ModeratedReport)[], moderateReturnTo: string | null) {
  const element = createElement(ReportTimeline, { slug: "test-crossing", baseline: testBaseline(), reports, nextCursor: null, now, signedIn: true, moderateReturnTo });
  return renderToStaticMarkup((await resolve(element)) as React.ReactElement);
}

describe("the report timeline", () => {
  it("has nothing of moderation for a reader", async () => {
    const page = await html([publicReport(shown.id, "Shown")], null);
    expect(page).toContain("Shown");
    expect(page).toContain('action="/api/v1/reports/11111111-1111-4111-8111-111111111111/flags"');
    expect(page).not.toContain("/api/moderation/");
    expect(page).not.toContain("Moderate");
    expect(page).not.toContain("data-hidden");
  });

  it("gives a moderator, on each report, folded forms with a labelled reason that post to the moderation API and come back", async () => {
    const page = await html([shown, hidden], "/crossings/test-crossing#timeline");
    const [first, second] = page.split('<li id="report-').slice(1);
    // A shown report: hide or verify, each with a labelled, required reason.
    expect(first).toContain('<details class="flag" data-testid="moderate"><summary>Moderate</summary>');
    expect(first).toContain(`action="/api/moderation/reports/${shown.id}/hide"`);
    expect(first).toContain(`action="/api/moderation/reports/${shown.id}/verify"`);
    expect(first).not.toContain("/restore");
    expect(first).toContain(`<label for="hide-${shown.id}" class="visually-hidden">Reason for “Hide”</label>`);
    expect(first).toMatch(new RegExp(`<input id="hide-${shown.id}"(?=[^>]* name="reason")(?=[^>]* required="")[^>]*>`));
    expect(first).toContain('<input type="hidden" name="returnTo" value="/crossings/test-crossing#timeline"/>');
    // A hidden one: marked, with restore (and verify), and nothing for readers to do on it.
    expect(second).toContain('data-hidden="true"');
    expect(second).toContain("Hidden by readers’ flags, awaiting review: readers do not see it.");
    expect(second).toContain(`action="/api/moderation/reports/${hidden.id}/restore"`);
    expect(second).not.toContain("/hide");
    expect(second).not.toContain("/flags");
    expect(second).not.toContain("Still accurate?");
  });
});
