"use client";
import { useFormStatus } from "react-dom";

/** Disabled while its form is being sent, so a double click sends once (with JavaScript;
 * without it, the form's idempotency key does the same job on the server). */
export function SubmitButton({ children, pendingLabel, className = "button" }: { children: React.ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button className={className} type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
