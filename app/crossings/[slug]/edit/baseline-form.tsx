"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/moderation/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { formKey } from "@/app/_components/field";
import type { Messages } from "@/lib/i18n/messages";

/** What the form starts with; the labels are already in the reader's language. */
export interface BaselineFormDefaults {
  sides: { label: string; hours: string }[];
  who: string;
  modes: string[];
  /** Whether the sources say nothing of the modes not ticked. */
  otherModesUnknown: boolean;
  requirements: { key: string; label: string; neededLabel: string; detailsLabel: string; choice: string; detail: string }[];
  facilities: {
    kind: string;
    label: string;
    availableLabel: string;
    detailsLabel: string;
    options: { unknown: string; yes: string; no: string };
    choice: string;
    detail: string;
  }[];
}

export function BaselineForm({
  action,
  defaults,
  modes,
  today,
  text,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: BaselineFormDefaults;
  modes: { value: string; label: string }[];
  today: string;
  /** The form's words in the reader's language. */
  text: Messages["moderation"]["editor"]["form"];
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { errors: {} });
  const v = state.values ?? {};
  const value = (key: string, fallback: string) => (typeof v[key] === "string" ? (v[key] as string) : fallback);
  const chosenModes = Array.isArray(v.modes) ? v.modes : defaults.modes;
  const otherModesUnknown = state.values ? v.otherModes === "unknown" : defaults.otherModesUnknown;
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
          {text.parserWarns}
          <ul>
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {defaults.sides.map((side, index) => (
        <Field key={index} id={`edit-hours-${index}`} label={side.label} error={e[`hours.${index}`]}>
          <input
            id={`edit-hours-${index}`}
            name={`hours.${index}`}
            defaultValue={value(`hours.${index}`, side.hours)}
            {...describedBy(`edit-hours-${index}`, e[`hours.${index}`])}
          />
        </Field>
      ))}
      <Field id="edit-who" label={text.who} error={e.who}>
        <select id="edit-who" name="who" defaultValue={value("who", defaults.who)} {...describedBy("edit-who", e.who)}>
          <option value="everyone">{text.whoOptions.everyone}</option>
          <option value="bilateral">{text.whoOptions.bilateral}</option>
          <option value="goods">{text.whoOptions.goods}</option>
          <option value="unknown">{text.whoOptions.unknown}</option>
        </select>
      </Field>
      <fieldset aria-describedby={e.modes ? "edit-modes-error" : undefined}>
        <legend>{text.how}</legend>
        <div className="checks">
          {modes.map((mode) => (
            <label key={mode.value}>
              <input type="checkbox" name="modes" value={mode.value} defaultChecked={chosenModes.includes(mode.value)} /> {mode.label}
            </label>
          ))}
        </div>
        <label>
          <input type="checkbox" name="otherModes" value="unknown" defaultChecked={otherModesUnknown} /> {text.otherModesUnknown}
        </label>
        {e.modes ? (
          <p id="edit-modes-error" className="field-error">
            {e.modes}
          </p>
        ) : null}
      </fieldset>
      {defaults.requirements.map((requirement) => (
        <fieldset key={requirement.key}>
          <legend>{requirement.label}</legend>
          <select aria-label={requirement.neededLabel} name={`${requirement.key}.choice`} defaultValue={value(`${requirement.key}.choice`, requirement.choice)}>
            <option value="unknown">{text.choices.unknown}</option>
            <option value="required">{text.choices.required}</option>
            <option value="not-required">{text.choices.notRequired}</option>
          </select>{" "}
          <input aria-label={requirement.detailsLabel} name={`${requirement.key}.detail`} defaultValue={value(`${requirement.key}.detail`, requirement.detail)} />
          {e[`${requirement.key}.detail`] ? <p className="field-error">{e[`${requirement.key}.detail`]}</p> : null}
        </fieldset>
      ))}
      <fieldset>
        <legend>{text.facilities}</legend>
        {defaults.facilities.map((facility) => (
          <div key={facility.kind} className="checks">
            <select aria-label={facility.availableLabel} name={`facility.${facility.kind}`} defaultValue={value(`facility.${facility.kind}`, facility.choice)}>
              <option value="unknown">{facility.options.unknown}</option>
              <option value="yes">{facility.options.yes}</option>
              <option value="no">{facility.options.no}</option>
            </select>
            <input aria-label={facility.detailsLabel} name={`facility.${facility.kind}.detail`} defaultValue={value(`facility.${facility.kind}.detail`, facility.detail)} />
          </div>
        ))}
      </fieldset>
      <Field id="edit-source" label={text.source} error={e.sourceTitle}>
        <input id="edit-source" name="sourceTitle" defaultValue={value("sourceTitle", "")} {...describedBy("edit-source", e.sourceTitle)} />
      </Field>
      <Field id="edit-url" label={text.sourceUrl} error={e.sourceUrl}>
        <input id="edit-url" name="sourceUrl" type="url" defaultValue={value("sourceUrl", "")} {...describedBy("edit-url", e.sourceUrl)} />
      </Field>
      <Field id="edit-asof" label={text.asOf} error={e.asOf}>
        <input id="edit-asof" name="asOf" defaultValue={value("asOf", today)} {...describedBy("edit-asof", e.asOf)} />
      </Field>
      <Field id="edit-reason" label={text.reason} error={e.reason}>
        <input id="edit-reason" name="reason" defaultValue={value("reason", "")} {...describedBy("edit-reason", e.reason)} />
      </Field>
      <SubmitButton pendingLabel={text.saving}>{text.save}</SubmitButton>
    </form>
  );
}
