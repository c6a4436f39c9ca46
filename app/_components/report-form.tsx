"use client";
/**
 * The report form: a plain <form> bound to a server action, so it works before and without
 * JavaScript; with it, errors appear without a page load and the button disables itself.
 */
import { useActionState } from "react";
import type { ReportFormState } from "@/app/reports/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { formKey } from "@/app/_components/field";

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
}

export function ReportForm(props: ReportFormProps) {
  const [state, formAction] = useActionState<ReportFormState, FormData>(props.action, { errors: {} });
  const values = state.values ?? props.defaults ?? {};
  const value = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const errors = state.errors;
  const tags = Array.isArray(values.tags) ? values.tags : [];
  return (
    <form key={formKey(state.values)} action={formAction} className="stack-form report-form" noValidate>
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      {state.message ? (
        <p className="notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <Field id="report-direction" label="Which way did you cross?" error={errors.direction}>
        <select id="report-direction" name="direction" defaultValue={value("direction")} {...describedBy("report-direction", errors.direction)}>
          <option value="">Choose…</option>
          <option value="a-b">{props.directions["a-b"]}</option>
          <option value="b-a">{props.directions["b-a"]}</option>
        </select>
      </Field>
      <Field id="report-observed" label={`When were you there? (${props.zoneLabel})`} error={errors.observedAt} hint="Now, or up to a year back.">
        <input
          id="report-observed"
          name="observedAt"
          type="datetime-local"
          defaultValue={value("observedAt") || props.nowLocal}
          min={props.minLocal}
          {...describedBy("report-observed", errors.observedAt, "Now, or up to a year back.")}
        />
      </Field>
      <fieldset aria-describedby={errors.seen ? "report-seen-error" : undefined}>
        <legend>What did you find?</legend>
        <div className="checks">
          {(["open", "closed", "restricted"] as const).map((seen) => (
            <label key={seen}>
              <input type="radio" name="seen" value={seen} defaultChecked={value("seen") === seen} />
              {seen === "open" ? "Open" : seen === "closed" ? "Closed" : "Open, but not for everyone"}
            </label>
          ))}
        </div>
        {errors.seen ? (
          <p id="report-seen-error" className="field-error">
            {errors.seen}
          </p>
        ) : null}
      </fieldset>
      <Field id="report-mode" label="How did you travel?" error={errors.mode}>
        <select id="report-mode" name="mode" defaultValue={value("mode")} {...describedBy("report-mode", errors.mode)}>
          <option value="">Choose…</option>
          {props.modes.map((mode) => (
            <option key={mode.value} value={mode.value}>
              {mode.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="report-wait" label="How long did you wait, in minutes? (optional)" error={errors.waitMinutes} hint="From joining the queue to leaving the second post; 0 to 4,320 (72 hours).">
        <input
          id="report-wait"
          name="waitMinutes"
          type="number"
          inputMode="numeric"
          min={0}
          max={4320}
          step={1}
          defaultValue={value("waitMinutes")}
          {...describedBy("report-wait", errors.waitMinutes, "From joining the queue to leaving the second post; 0 to 4,320 (72 hours).")}
        />
      </Field>
      <fieldset aria-describedby={errors.tags ? "report-tags-error" : undefined}>
        <legend>Anything else? (optional)</legend>
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
      <Field id="report-notes" label="Notes (optional)" error={errors.notes} hint="What was checked, what to bring, what to avoid. Up to 2,000 characters.">
        <textarea
          id="report-notes"
          name="notes"
          rows={3}
          maxLength={2000}
          defaultValue={value("notes")}
          {...describedBy("report-notes", errors.notes, "What was checked, what to bring, what to avoid. Up to 2,000 characters.")}
        />
      </Field>
      <SubmitButton pendingLabel="Sending…">{props.submitLabel}</SubmitButton>
    </form>
  );
}
