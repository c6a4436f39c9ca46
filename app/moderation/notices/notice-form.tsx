"use client";
import { useActionState } from "react";
import { postNoticeAction, type FormState } from "@/app/moderation/actions";
import { describedBy, Field } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { formKey } from "@/app/_components/field";
import type { Messages } from "@/lib/i18n/messages";

export function NoticeForm({
  crossings,
  modes,
  defaultCrossing,
  nowThere,
  text,
}: {
  crossings: { slug: string; name: string }[];
  modes: { value: string; label: string }[];
  defaultCrossing?: string;
  /** Under "From": the default crossing's local date and time now ("Now at Dostuk: 2026-12-07 21:19"). */
  nowThere?: string;
  /** The form's words in the reader's language. */
  text: Messages["moderation"]["notices"]["form"];
}) {
  const [state, formAction] = useActionState<FormState, FormData>(postNoticeAction, { errors: {} });
  const values = state.values ?? {};
  const value = (key: string, fallback = "") => (typeof values[key] === "string" ? (values[key] as string) : fallback);
  const chosen = Array.isArray(values.modes) ? values.modes : [];
  const e = state.errors;
  return (
    <form key={formKey(state.values)} action={formAction} className="stack-form" noValidate>
      {state.message ? (
        <p className="notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <Field id="notice-crossing" label={text.crossing} error={e.crossing} hint={text.zoneHint}>
        <select id="notice-crossing" name="crossing" defaultValue={value("crossing", defaultCrossing ?? "")} {...describedBy("notice-crossing", e.crossing, text.zoneHint)}>
          <option value="">{text.choose}</option>
          {crossings.map((crossing) => (
            <option key={crossing.slug} value={crossing.slug}>
              {crossing.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="notice-effect" label={text.effect} error={e.effect}>
        <select id="notice-effect" name="effect" defaultValue={value("effect", "closed")} {...describedBy("notice-effect", e.effect)}>
          <option value="closed">{text.effects.closed}</option>
          <option value="restricted">{text.effects.restricted}</option>
          <option value="open">{text.effects.open}</option>
        </select>
      </Field>
      <Field id="notice-starts" label={text.startsAt} error={e.startsAt} hint={nowThere}>
        <input id="notice-starts" name="startsAt" type="datetime-local" defaultValue={value("startsAt")} {...describedBy("notice-starts", e.startsAt, nowThere)} />
      </Field>
      <Field id="notice-ends" label={text.endsAt} error={e.endsAt}>
        <input id="notice-ends" name="endsAt" type="datetime-local" defaultValue={value("endsAt")} {...describedBy("notice-ends", e.endsAt)} />
      </Field>
      <fieldset>
        <legend>{text.modes}</legend>
        <div className="checks">
          {modes.map((mode) => (
            <label key={mode.value}>
              <input type="checkbox" name="modes" value={mode.value} defaultChecked={chosen.includes(mode.value)} /> {mode.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="notice-text" label={text.text} error={e.text}>
        <textarea id="notice-text" name="text" rows={2} maxLength={1000} defaultValue={value("text")} {...describedBy("notice-text", e.text)} />
      </Field>
      <Field id="notice-source" label={text.source} error={e.sourceTitle}>
        <input id="notice-source" name="sourceTitle" defaultValue={value("sourceTitle")} {...describedBy("notice-source", e.sourceTitle)} />
      </Field>
      <Field id="notice-url" label={text.sourceUrl} error={e.sourceUrl}>
        <input id="notice-url" name="sourceUrl" type="url" defaultValue={value("sourceUrl")} {...describedBy("notice-url", e.sourceUrl)} />
      </Field>
      <SubmitButton pendingLabel={text.posting}>{text.post}</SubmitButton>
    </form>
  );
}
