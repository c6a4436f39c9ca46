import { togglePinAction } from "@/app/pins/actions";

/**
 * The star that pins a crossing to the top of the list: a plain POST form (works without
 * JavaScript; the action answers 303 back to `back`). Its name says what a press does, "Pin
 * <crossing>" or "Unpin <crossing>" (so whether it is pinned), the star is filled when pinned, and
 * the visible hint, where there is one, is the name's first word (WCAG 2.5.3, label in name).
 * Not `aria-pressed` as well: a toggle's name must not change with its state.
 */
export function PinButton({ slug, pinned, back, label, hint }: { slug: string; pinned: boolean; back: string; label: string; hint?: string }) {
  return (
    <form action={togglePinAction} className="pin-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="pin" value={pinned ? "0" : "1"} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={`pin-button${pinned ? " pinned" : ""}`} aria-label={label} data-testid="pin-button" data-pinned={pinned ? "true" : "false"} title={label}>
        <span aria-hidden="true">{pinned ? "★" : "☆"}</span>
        {hint ? (
          <span className="pin-hint" aria-hidden="true">
            {hint}
          </span>
        ) : null}
      </button>
    </form>
  );
}
