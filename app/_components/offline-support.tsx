"use client";
/**
 * On every page: registers the service worker (public/sw.js: pages opened stay readable
 * offline), sends the reports this account kept on the device — on load, when the connection
 * returns, when the report form keeps one, and every 15 s while any wait — and says what
 * became of them (until the next page load). Renders nothing until there is something to say.
 */
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { anyKeptFor, KEPT_EVENT, pendingFor, sendPending, takeOutcomes, type PendingReport, type ReportOutcome } from "@/lib/reports/offline-queue";
import type { Messages } from "@/lib/i18n/messages";

type Text = Messages["reportForm"]["offline"];

/** Between tries while reports wait (each try gives up after SEND_TIMEOUT_MS). */
const RETRY_MS = 15_000;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

export function OfflineSupport({ userId, text, lang }: { userId: string | null; text: Text; lang: string }) {
  const router = useRouter();
  // What became of reports, kept (not re-read) until the next page load: reading an outcome
  // marks it shown, so a later read — after `router.refresh()` below re-renders the layout —
  // finds nothing, and must not wipe what is on screen.
  const [outcomes, setOutcomes] = useState<ReportOutcome[]>([]);
  const [pending, setPending] = useState<PendingReport[]>([]);

  useEffect(() => {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker
        .register("/sw.js", { scope: "/" })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          // Anonymous pages only (signed-in ones are never kept): the worker keeps a copy of
          // this page if it did not see it load (the first visit, before it was in control).
          if (!userId) registration.active?.postMessage({ save: location.pathname + location.search });
        })
        .catch(() => undefined);
    }
    if (!userId) return;
    const show = () => {
      const taken = takeOutcomes(userId);
      if (taken.length) setOutcomes((shown) => [...shown, ...taken]);
      setPending(pendingFor(userId));
    };
    // While reports wait, try again every RETRY_MS: on "lie-fi" the browser says it is online
    // all along, so no `online` event ever comes.
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const send = () => {
      clearTimeout(retry);
      return sendPending(userId).then((settled) => {
        show();
        // Sent reports change the page the traveller is on (its state and timeline).
        if (settled) router.refresh();
        if (!stopped && anyKeptFor(userId)) retry = setTimeout(send, RETRY_MS);
      });
    };
    show();
    void send();
    window.addEventListener("online", send);
    // The report form kept a report its server action could not deliver.
    window.addEventListener(KEPT_EVENT, send);
    return () => {
      stopped = true;
      clearTimeout(retry);
      window.removeEventListener("online", send);
      window.removeEventListener(KEPT_EVENT, send);
    };
  }, [userId, router]);

  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
  const lines = [
    ...outcomes
      .filter((outcome) => outcome.userId === userId)
      .map((outcome) => ({
        ok: outcome.sent,
        text: fill(outcome.sent ? text.sent : text.refused, { crossing: outcome.crossing, when: when(outcome.savedAt), error: outcome.error ?? "" }),
      })),
    ...pending.filter((report) => report.userId === userId).map((report) => ({ ok: true, text: fill(text.pending, { crossing: report.crossing, when: when(report.savedAt) }) })),
  ];

  // Always there (empty at first), so screen readers announce what appears in it; a plain
  // live region, not role="status", so the page's own status message stays the only one.
  return (
    <div aria-live="polite" data-testid="offline-reports">
      {lines.map((line, index) => (
        <p key={index} className={line.ok ? "notice-ok" : "notice-error"}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
