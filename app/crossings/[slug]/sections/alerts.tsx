import Link from "next/link";
import type { SessionUser } from "@/server/auth/session";
import type { AlertSubscription } from "@/server/read/crossing-page";
import type { CrossingBaseline } from "@/lib/baseline/schema";
import { directionLabels } from "@/lib/reports/form-options";
import { ownEntry } from "@/lib/i18n/catalog";
import { getI18n } from "@/server/i18n";
import { subscribeAction } from "@/app/alerts/actions";
import { StopAlertForm } from "@/app/_components/stop-alert";

/** Email alerts: the viewer's at this crossing, each with its stop button, and a plain form for
 * a new one; signed-out readers get a link to sign in. */
export async function AlertsSection({
  slug,
  baseline,
  viewer,
  alerts,
  outcome,
}: {
  slug: string;
  baseline: CrossingBaseline;
  viewer: SessionUser | null;
  alerts: AlertSubscription[];
  /** Back from the form (`?alert=subscribed` or an error's key). */
  outcome: string | null;
}) {
  const { locale, t } = await getI18n();
  const c = t.crossing;
  const directions = directionLabels(baseline, locale);
  return (
    <section id="alerts" className="card" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{c.alerts.title}</h2>
      {outcome !== null ? (
        <p className={outcome === "subscribed" ? "notice-ok" : "notice-error"} role="status">
          {outcome === "subscribed" ? c.alerts.subscribed : (ownEntry(c.alerts.errors, outcome) ?? c.alerts.errors.invalid)}
        </p>
      ) : null}
      {viewer ? (
        <>
          <ul>
            {alerts.map((alert) => (
              <li key={alert.id} data-testid="alert">
                {alert.kind === "state" ? c.alerts.whenState : c.alerts.whenWait(directions[alert.direction ?? "a-b"], alert.waitBelow ?? 0)}
                <StopAlertForm subscriptionId={alert.id} returnTo={`/crossings/${slug}#alerts`} />
              </li>
            ))}
          </ul>
          <form action={subscribeAction.bind(null, slug)} className="stack-form">
            <fieldset>
              <legend>{c.alerts.emailMe}</legend>
              <label>
                <input type="radio" name="kind" value="state" defaultChecked /> {c.alerts.onState}
              </label>
              <br />
              <label>
                <input type="radio" name="kind" value="wait" /> {c.alerts.onWait}{" "}
                <input name="waitBelow" type="number" min={5} max={4320} defaultValue={30} aria-label={c.alerts.minutes} className="narrow" /> {c.alerts.min}{" "}
                <select name="direction" aria-label={c.alerts.direction} defaultValue="a-b">
                  <option value="a-b">{directions["a-b"]}</option>
                  <option value="b-a">{directions["b-a"]}</option>
                </select>
              </label>
            </fieldset>
            <button type="submit" className="button secondary">
              {c.alerts.set}
            </button>
          </form>
        </>
      ) : (
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(`/crossings/${slug}#alerts`)}`}>{c.alerts.signIn}</Link>
          {c.alerts.signInToAlert}
        </p>
      )}
    </section>
  );
}
