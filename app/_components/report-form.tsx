"use client";
/**
 * The report form: a plain <form> bound to a server action, so it works before and without
 * JavaScript; with it, errors appear without a page load and the button disables itself, and
 * (new reports only) a report written offline is kept on the device to be sent later
 * (lib/reports/offline-queue.ts).
 */
import { useActionState, useState, type FormEvent } from "react";
import { keepOffline, reportBody } from "@/lib/reports/offline-queue";
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
  /** Set for a new report: where it goes when written offline, and whose it is. */
  offline?: { slug: string; crossing: string; timeZone: string; userId: string };
}

export function ReportForm(props: ReportFormProps) {
  const [state, formAction] = useActionState<ReportFormState, FormData>(props.action, { errors: {} });
  const values = state.values ?? props.defaults ?? {};
  const value = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const errors = state.errors;
  const tags = Array.isArray(values.tags) ? values.tags : [];
  const text = props.text;
  const [offlineNote, setOfflineNote] = useState<{ ok: boolean; text: string } | null>(null);
  // A report kept offline needs a new key for the next one; a new page (after a report is
  // sent online) brings its own key, which then wins.
  const [offlineKey, setOfflineKey] = useState<{ base: string; key: string } | null>(null);
  const key = offlineKey?.base === props.idempotencyKey ? offlineKey.key : props.idempotencyKey;
  const offline = props.offline;

  // Offline, the server action cannot be reached: keep the report here instead (the action
  // only runs when the submit event was not prevented).
  function keepWhenOffline(event: FormEvent<HTMLFormElement>) {
    if (!offline || navigator.onLine) return;
    event.preventDefault();
    const body = reportBody(new FormData(event.currentTarget), offline.timeZone);
    if (!body) return setOfflineNote({ ok: false, text: text.offlineIncomplete });
    keepOffline({ slug: offline.slug, crossing: offline.crossing, userId: offline.userId, savedAt: new Date().toISOString(), body });
    event.currentTarget.reset();
    setOfflineKey({ base: props.idempotencyKey, key: crypto.randomUUID() });
    setOfflineNote({ ok: true, text: text.savedOffline });
  }

  return (
    <form key={formKey(state.values)} action={formAction} onSubmit={keepWhenOffline} className="stack-form report-form" noValidate>
      <input type="hidden" name="idempotencyKey" value={key} />
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
        <textarea
          id="report-notes"
          name="notes"
          rows={3}
          maxLength={2000}
          defaultValue={value("notes")}
          {...describedBy("report-notes", errors.notes, text.notesHint)}
        />
      </Field>
      <SubmitButton pendingLabel={text.sending}>{props.submitLabel}</SubmitButton>
    </form>
  );
}
