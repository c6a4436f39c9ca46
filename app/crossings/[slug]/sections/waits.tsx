import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { WaitProfile } from "@/lib/history/wait-profile";
import type { Direction } from "@/lib/status/types";
import { localCountry } from "@/lib/i18n/reasons";
import { zoneCity } from "@/lib/i18n/zone-names";
import { getI18n } from "@/server/i18n";
import { WaitChart } from "@/app/_components/wait-chart";

/** Typical wait by hour of the week, each direction in the zone it leaves from. */
export async function Waits({ baseline, profiles }: { baseline: CrossingBaseline; profiles: Record<Direction, WaitProfile> }) {
  const { locale, t } = await getI18n();
  return (
    <section id="waits" aria-labelledby="waits-heading">
      <h2 id="waits-heading">{t.crossing.waits.title}</h2>
      <div className="sides">
        {(["a-b", "b-a"] as const).map((direction) => {
          const from = baseline.sides[direction === "a-b" ? 0 : 1];
          const to = baseline.sides[direction === "a-b" ? 1 : 0];
          return (
            <WaitChart
              key={direction}
              profile={profiles[direction]}
              title={`${localCountry(from.country, locale)} → ${localCountry(to.country, locale)}`}
              zoneName={zoneCity(from.timeZone, locale)}
            />
          );
        })}
      </div>
    </section>
  );
}
