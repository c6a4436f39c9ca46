"use client";
/**
 * The report form: a plain <form> bound to a server action, so it works before and without
 * JavaScript; with it, errors appear without a page load and the button disables itself, and
 * (new reports only) every report is first written to the device (lib/reports/offline-queue.ts)
 * so that none is lost to a dead connection: written offline, it is only kept there; sent, it
 * is removed once the server has answered (a redirect, or the form with its errors); if the
 * action gets no answer at all ("lie-fi": the browser says online, nothing gets through), the
 * form says the report is saved on this phone, and the layout sends it when it can.
 */
import { Component, Fragment, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { forgetPending, IN_FLIGHT_MS, KEPT_EVENT, keepOffline, releasePending, reportBody, SETTLED_EVENT, type SettledDetail } from "@/lib/reports/offline-queue";
import type { ReportFormState } from "@/app/reports/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { formKey } from "@/app/_components/field";
import type { Messages } from "@/lib/i18n/messages";

export interface ReportFormProps {
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  idempotencyKey: string;
  /** "Kyrgyzstan → Kazakhstan (Karkyra → Kegen)", then the reverse. */
  directions: { "a-b": string; "b-a": string };
  zoneLabel: string;
  nowLocal: string;
  minLocal: string;
  modes: { value: string; label: string }[];
  tags: { value: string; label: string }[];
  defaults?: Record<string, string | string[]>;
  submitLabel: string;
  /** The form's words in the reader's language. */
  text: Messages["reportForm"]["form"];
  /** Set for a new report: where it goes when kept on the device, and whose it is. */
  offline?: { slug: string; crossing: string; timeZone: string; userId: string };
  /** On the action's redirect after a report was stored (`?reported=` / `?held=`): that
   * report's idempotency key (the reader's own report only). */
  answered?: string;
}

/** What the form says above its fields; `key` names the report it kept on the device. */
type Note = { ok: boolean; text: string; key?: string };

/** The report whose server action is on its way: its idempotency key, or null when the form
 * was incomplete (nothing kept: the server answers with its field errors). One form per page. */
let sending: { key: string | null } | null = null;

/** The server answered the form: the copy on the device is not to be sent again. */
function answered() {
  if (sending?.key) forgetPending(sending.key);
  sending = null;
}

/** Catches what the form's server action throws. No answer at all (fetch's TypeError, in every
 * browser) → `onLost`, and the form is drawn afresh; a redirect (success: usually seen by the
 * new page, `answered`) clears the kept copy and goes on to Next.js; anything else releases
 * the kept copy to be sent later and goes on to app/error.tsx. */
class KeepWhenLost extends Component<{ onLost: (key: string | null) => void; children: ReactNode }, { error: unknown; round: number }> {
  state = { error: null as unknown, round: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    if (!lost(error)) return;
    const key = sending?.key ?? null;
    sending = null;
    this.props.onLost(key);
    this.setState((state) => ({ error: null, round: state.round + 1 }));
  }

  render() {
    const error = this.state.error;
    if (error === null) return <Fragment key={this.state.round}>{this.props.children}</Fragment>;
    if (lost(error)) return null;
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) answered();
    else if (sending?.key) {
      releasePending(sending.key);
      sending = null;
    }
    throw error;
  }
}

function lost(error: unknown): boolean {
  return sending !== null && error instanceof TypeError;
}

export function ReportForm(props: ReportFormProps) {
  const text = props.text;
  const [note, setNote] = useState<Note | null>(null);
  // A report kept on the device needs a new key for the next one; a new page (after a report
  // is sent online) brings its own key, which then wins.
  const [fresh, setFresh] = useState<{ base: string; key: string } | null>(null);
  const key = fresh?.base === props.idempotencyKey ? fresh.key : props.idempotencyKey;
  // The page may come from the page cache (a signed-in reader's own pages are kept up to 30 s),
  // so two tabs, or a reload, may carry the same key: once running, each form takes its own.
  // Without JavaScript the page's key stays (a reload after a report is stored is a new render).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- once per page's key, after hydration: the server's key must hydrate unchanged, and only the browser can know it is a second copy
    setFresh({ base: props.idempotencyKey, key: crypto.randomUUID() });
  }, [props.idempotencyKey]);
  /** Shows `next` above the fields; a note about a kept report gives the form a new key. */
  const say = (next: Note) => {
    if (next.key) setFresh({ base: props.idempotencyKey, key: crypto.randomUUID() });
    setNote(next);
  };
  // The action's redirect replaces the page (and this form) before the action's promise
  // settles in the old one: the new page names the report the server stored.
  useEffect(() => {
    if (!props.answered) return;
    forgetPending(props.answered);
    if (sending?.key === props.answered) sending = null;
  }, [props.answered]);
  // The layout sends what the form kept: when it has, the form's "saved on this phone" gives
  // way to the outcome, where the traveller is looking.
  useEffect(() => {
    const keptKey = note?.key;
    if (!keptKey) return;
    const settled = (event: Event) => {
      const detail = (event as CustomEvent<SettledDetail>).detail;
      if (detail?.idempotencyKey === keptKey) setNote({ ok: detail.sent, text: detail.sent ? text.keptSent : text.keptRefused });
    };
    window.addEventListener(SETTLED_EVENT, settled);
    return () => window.removeEventListener(SETTLED_EVENT, settled);
  }, [note, text]);
  const fields = <ReportFormFields {...props} idempotencyKey={key} note={note} onNote={say} />;
  if (!props.offline) return fields;
  return (
    <KeepWhenLost
      onLost={(lostKey) => {
        if (!lostKey) return say({ ok: false, text: text.noConnectionIncomplete });
        if (releasePending(lostKey)) window.dispatchEvent(new Event(KEPT_EVENT));
        say({ ok: true, text: text.savedNoConnection, key: lostKey });
      }}
    >
      {fields}
    </KeepWhenLost>
  );
}

function ReportFormFields(props: ReportFormProps & { note: Note | null; onNote: (note: Note) => void }) {
  const [state, formAction] = useActionState<ReportFormState, FormData>(props.action, { errors: {} });
  const values = state.values ?? props.defaults ?? {};
  const value = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const errors = state.errors;
  const tags = Array.isArray(values.tags) ? values.tags : [];
  const text = props.text;
  const offline = props.offline;
  const offlineNote = props.note;

  // The form came back (field errors, a limit, the database away): the server answered. Not on
  // mounting: a form mounted while another page's action is still on its way has no answer.
  const initialState = useRef(state);
  useEffect(() => {
    if (state !== initialState.current && sending) answered();
  }, [state]);

  // Written to the device before the server action is sent (the action only runs when the
  // submit event was not prevented); offline, it is only kept there.
  function keepOnDevice(event: FormEvent<HTMLFormElement>) {
    if (!offline) return;
    const body = reportBody(new FormData(event.currentTarget), offline.timeZone);
    const report = body && { slug: offline.slug, crossing: offline.crossing, userId: offline.userId, savedAt: new Date().toISOString(), body };
    if (navigator.onLine) {
      if (report) keepOffline({ ...report, inFlight: new Date(Date.now() + IN_FLIGHT_MS).toISOString() });
      sending = { key: report ? report.body.idempotencyKey : null };
      // The layout's sender keeps an eye on it (should the action hang, it sends the copy).
      if (report) window.dispatchEvent(new Event(KEPT_EVENT));
      return;
    }
    event.preventDefault();
    if (!report) return props.onNote({ ok: false, text: text.offlineIncomplete });
    keepOffline(report);
    event.currentTarget.reset();
    props.onNote({ ok: true, text: text.savedOffline, key: report.body.idempotencyKey });
  }

  return (
    <form key={formKey(state.values)} action={formAction} onSubmit={keepOnDevice} className="stack-form report-form" noValidate>
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      {offlineNote ? (
        <p className={offlineNote.ok ? "notice-ok" : "notice-error"} role="status" data-testid="offline-report-note">
          {offlineNote.text}
        </p>
      ) : null}
      {state.message ? (
        <p className="notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <Field id="report-direction" label={text.direction} error={errors.direction}>
        <select id="report-direction" name="direction" defaultValue={value("direction")} {...describedBy("report-direction", errors.direction)}>
          <option value="">{text.choose}</option>
          <option value="a-b">{props.directions["a-b"]}</option>
          <option value="b-a">{props.directions["b-a"]}</option>
        </select>
      </Field>
      <Field id="report-observed" label={`${text.observedAt} (${props.zoneLabel})`} error={errors.observedAt} hint={text.observedAtHint}>
        <input
          id="report-observed"
          name="observedAt"
          type="datetime-local"
          defaultValue={value("observedAt") || props.nowLocal}
          min={props.minLocal}
          {...describedBy("report-observed", errors.observedAt, text.observedAtHint)}
        />
      </Field>
      <fieldset aria-describedby={errors.seen ? "report-seen-error" : undefined}>
        <legend>{text.seen}</legend>
        <div className="checks">
          {(["open", "closed", "restricted"] as const).map((seen) => (
            <label key={seen}>
              <input type="radio" name="seen" value={seen} defaultChecked={value("seen") === seen} />
              {seen === "open" ? text.seenOpen : seen === "closed" ? text.seenClosed : text.seenRestricted}
            </label>
          ))}
        </div>
        {errors.seen ? (
          <p id="report-seen-error" className="field-error">
            {errors.seen}
          </p>
        ) : null}
      </fieldset>
      <Field id="report-mode" label={text.mode} error={errors.mode}>
        <select id="report-mode" name="mode" defaultValue={value("mode")} {...describedBy("report-mode", errors.mode)}>
          <option value="">{text.choose}</option>
          {props.modes.map((mode) => (
            <option key={mode.value} value={mode.value}>
              {mode.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="report-wait" label={text.wait} error={errors.waitMinutes} hint={text.waitHint}>
        <input
          id="report-wait"
          name="waitMinutes"
          type="number"
          inputMode="numeric"
          min={0}
          max={4320}
          step={1}
          defaultValue={value("waitMinutes")}
          {...describedBy("report-wait", errors.waitMinutes, text.waitHint)}
        />
      </Field>
      <fieldset aria-describedby={errors.tags ? "report-tags-error" : undefined}>
        <legend>{text.tags}</legend>
        <div className="checks">
          {props.tags.map((tag) => (
            <label key={tag.value}>
              <input type="checkbox" name="tags" value={tag.value} defaultChecked={tags.includes(tag.value)} />
              {tag.label}
            </label>
          ))}
        </div>
        {errors.tags ? (
          <p id="report-tags-error" className="field-error">
            {errors.tags}
          </p>
        ) : null}
      </fieldset>
      <Field id="report-notes" label={text.notes} error={errors.notes} hint={text.notesHint}>
        <textarea id="report-notes" name="notes" rows={3} maxLength={2000} defaultValue={value("notes")} {...describedBy("report-notes", errors.notes, text.notesHint)} />
      </Field>
      <SubmitButton pendingLabel={text.sending}>{props.submitLabel}</SubmitButton>
    </form>
  );
}
