/** A labelled form field with its hint and its error right beside it (errors are tied to the
 * control by aria-describedby: use `describedBy(id, error, hint)` on the control). */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** After a failed submission React resets the form; selects only take their defaultValue when
 * mounted, so a form keyed on what was sent back is mounted afresh with those values. */
export function formKey(values: Record<string, unknown> | undefined): string {
  return values ? JSON.stringify(values) : "initial";
}

export function describedBy(id: string, error: string | undefined, hint?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
