"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/moderation/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { formKey } from "@/app/_components/field";

export interface BaselineFormDefaults {
  sides: { label: string; hours: string }[];
  who: string;
  modes: string[];
  requirements: { key: string; label: string; choice: string; detail: string }[];
  facilities: { kind: string; label: string; choice: string; detail: string }[];
}

export function BaselineForm({
  action,
  defaults,
  modes,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: BaselineFormDefaults;
  modes: { value: string; label: string }[];
  today: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { errors: {} });
  const v = state.values ?? {};
  const value = (key: string, fallback: string) => (typeof v[key] === "string" ? (v[key] as string) : fallback);
  const chosenModes = Array.isArray(v.modes) ? v.modes : defaults.modes;
  const e = state.errors;
  return (
    <form key={formKey(state.values)} action={formAction} className="stack-form" noValidate>
      {state.message ? (
        <p className="notice-error" role="alert">
          {state.message}
          {e.form ? ` ${e.form}` : ""}
        </p>
      ) : null}
      {state.warnings?.length ? (
        <div className="notice-error" role="status">
          The opening_hours parser warns:
          <ul>
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {defaults.sides.map((side, index) => (
        <Field key={index} id={`edit-hours-${index}`} label={`Hours at ${side.label} (opening_hours syntax, local time)`} error={e[`hours.${index}`]}>
          <input id={`edit-hours-${index}`} name={`hours.${index}`} defaultValue={value(`hours.${index}`, side.hours)} {...describedBy(`edit-hours-${index}`, e[`hours.${index}`])} />
        </Field>
      ))}
      <Field id="edit-who" label="Who may cross" error={e.who}>
        <select id="edit-who" name="who" defaultValue={value("who", defaults.who)} {...describedBy("edit-who", e.who)}>
          <option value="everyone">Everyone, including foreigners</option>
          <option value="bilateral">Citizens of the two countries only</option>
          <option value="goods">Goods traffic only</option>
        </select>
      </Field>
      <fieldset aria-describedby={e.modes ? "edit-modes-error" : undefined}>
        <legend>How</legend>
        <div className="checks">
          {modes.map((mode) => (
            <label key={mode.value}>
              <input type="checkbox" name="modes" value={mode.value} defaultChecked={chosenModes.includes(mode.value)} /> {mode.label}
            </label>
          ))}
        </div>
        {e.modes ? (
          <p id="edit-modes-error" className="field-error">
            {e.modes}
          </p>
        ) : null}
      </fieldset>
      {defaults.requirements.map((requirement) => (
        <fieldset key={requirement.key}>
          <legend>{requirement.label}</legend>
          <select aria-label={`${requirement.label}: needed?`} name={`${requirement.key}.choice`} defaultValue={value(`${requirement.key}.choice`, requirement.choice)}>
            <option value="unknown">No source says</option>
            <option value="required">Required</option>
            <option value="not-required">Not required</option>
          </select>{" "}
          <input aria-label={`${requirement.label}: details`} name={`${requirement.key}.detail`} defaultValue={value(`${requirement.key}.detail`, requirement.detail)} />
          {e[`${requirement.key}.detail`] ? <p className="field-error">{e[`${requirement.key}.detail`]}</p> : null}
        </fieldset>
      ))}
      <fieldset>
        <legend>Facilities</legend>
        {defaults.facilities.map((facility) => (
          <div key={facility.kind} className="checks">
            <select aria-label={`${facility.label}: available?`} name={`facility.${facility.kind}`} defaultValue={value(`facility.${facility.kind}`, facility.choice)}>
              <option value="unknown">{facility.label}: not known</option>
              <option value="yes">{facility.label}: yes</option>
              <option value="no">{facility.label}: no</option>
            </select>
            <input aria-label={`${facility.label}: details`} name={`facility.${facility.kind}.detail`} defaultValue={value(`facility.${facility.kind}.detail`, facility.detail)} />
          </div>
        ))}
      </fieldset>
      <Field id="edit-source" label="Source of this edit" error={e.sourceTitle}>
        <input id="edit-source" name="sourceTitle" defaultValue={value("sourceTitle", "")} {...describedBy("edit-source", e.sourceTitle)} />
      </Field>
      <Field id="edit-url" label="Source link (optional)" error={e.sourceUrl}>
        <input id="edit-url" name="sourceUrl" type="url" defaultValue={value("sourceUrl", "")} {...describedBy("edit-url", e.sourceUrl)} />
      </Field>
      <Field id="edit-asof" label="As of (YYYY, YYYY-MM or YYYY-MM-DD)" error={e.asOf}>
        <input id="edit-asof" name="asOf" defaultValue={value("asOf", today)} {...describedBy("edit-asof", e.asOf)} />
      </Field>
      <Field id="edit-reason" label="Reason for the edit" error={e.reason}>
        <input id="edit-reason" name="reason" defaultValue={value("reason", "")} {...describedBy("edit-reason", e.reason)} />
      </Field>
      <SubmitButton pendingLabel="Saving…">Save revision</SubmitButton>
    </form>
  );
}
