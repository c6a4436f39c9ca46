import { unsubscribeOwnAction } from "@/app/alerts/actions";
import { getI18n } from "@/server/i18n";

/** "Stop" beside an alert the reader set: a plain form, so it works without JavaScript. */
export async function StopAlertForm({ subscriptionId, returnTo }: { subscriptionId: string; returnTo: string }) {
  const { t } = await getI18n();
  return (
    <form action={unsubscribeOwnAction} className="inline">
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="link-button dark">
        {t.pages.stopAlert.stop}
      </button>
    </form>
  );
}
