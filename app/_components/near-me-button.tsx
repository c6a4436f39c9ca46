"use client";
/**
 * "Use my location": with JavaScript and the reader's permission, fills the list's GET form's
 * `near` with the device's position rounded to 0.1° (about 11 km: enough to sort crossings, not
 * enough to find a house) and submits it. Without JavaScript (or without geolocation) nothing is
 * shown: the server renders no button, and the city <select> works alone.
 */
import { useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;
/** Geolocation is there only in a browser that has it; the server (and so a page without JavaScript) never shows the button. */
const hasGeolocation = () => "geolocation" in navigator;
const onServer = () => false;

export function NearMeButton({ label, locating, denied, selectId }: { label: string; locating: string; denied: string; selectId: string }) {
  const available = useSyncExternalStore(noSubscription, hasGeolocation, onServer);
  const [state, setState] = useState<"idle" | "locating" | "denied">("idle");
  const button = useRef<HTMLButtonElement>(null);
  if (!available) return null;

  const locate = () => {
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const round = (value: number) => Math.round(value * 10) / 10;
        const value = `${round(position.coords.latitude)},${round(position.coords.longitude)}`;
        const select = document.getElementById(selectId) as HTMLSelectElement | null;
        const form = button.current?.form;
        if (!select || !form) return setState("denied");
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.append(option);
        select.value = value;
        form.requestSubmit();
      },
      () => setState("denied"),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 20_000 },
    );
  };
  return (
    <div className="near-me">
      <button ref={button} type="button" className="button secondary near-me-button" onClick={locate} disabled={state === "locating"} data-testid="near-me">
        {label}
      </button>
      <span role="status" className="near-me-status">
        {state === "locating" ? locating : state === "denied" ? denied : ""}
      </span>
    </div>
  );
}
