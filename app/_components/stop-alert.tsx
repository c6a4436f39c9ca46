import { unsubscribeOwnAction } from "@/app/alerts/actions";

/** "Stop" beside an alert the reader set: a plain form, so it works without JavaScript. */
export function StopAlertForm({ subscriptionId, returnTo }: { subscriptionId: string; returnTo: string }) {
  return (
    <form action={unsubscribeOwnAction} className="inline">
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="link-button dark">
        Stop
      </button>
    </form>
  );
}
