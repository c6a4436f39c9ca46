import type { WaitCell, WaitProfile } from "@/lib/history/wait-profile";
import { MIN_CELL_REPORTS } from "@/lib/history/wait-profile";
import { getI18n } from "@/lib/i18n/server";
import { intlLocales, type Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";

const CELL = 14;
const LEFT = 34;
const TOP = 14;

/** Weekday names, Sunday first (as WaitCell.weekday), in the reader's language. */
function weekdays(locale: Locale, weekday: "short" | "long"): string[] {
  const format = new Intl.DateTimeFormat(intlLocales[locale], { weekday, timeZone: "UTC" });
  // 7 January 2024 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 7 + day)));
    // Short names label the rows: capitalised, as English has them ("Sun", "Вс").
    return weekday === "short" ? name.charAt(0).toLocaleUpperCase(intlLocales[locale]) + name.slice(1) : name;
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Best time to cross: Tuesday 08:00–09:00 Bishkek time (typically 15 min, from 12 reports); slowest: …" */
function bestTimeInWords(profile: WaitProfile, zoneName: string, w: Messages["pages"]["waitChart"], days: string[]): string {
  if (!profile.best) return w.notEnough(MIN_CELL_REPORTS);
  const slot = (cell: WaitCell) => w.slot(days[cell.weekday]!, `${pad(cell.hour)}:00`, `${pad((cell.hour + 1) % 24)}:00`);
  const best = w.best(slot(profile.best), zoneName, profile.best.median, profile.best.count);
  return profile.worst ? `${best}${w.slowest(slot(profile.worst), profile.worst.median)}` : `${best}${w.end}`;
}

/** Typical wait by hour of the week for one direction: a server-rendered SVG heat grid
 * (darker = longer), with the numbers in each cell's tooltip and the best time in words. */
export async function WaitChart({ profile, title, zoneName }: { profile: WaitProfile; title: string; zoneName: string }) {
  const { t, locale } = await getI18n();
  const w = t.pages.waitChart;
  const days = weekdays(locale, "short");
  const words = bestTimeInWords(profile, zoneName, w, weekdays(locale, "long"));
  if (!profile.cells.length) {
    return (
      <div className="wait-chart">
        <h3>{title}</h3>
        <p className="muted small">{words}</p>
      </div>
    );
  }
  const max = Math.max(...profile.cells.map((cell) => cell.median), 1);
  const id = `wait-${profile.direction}`;
  return (
    <div className="wait-chart" data-testid="wait-chart">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="small" data-testid="best-time">
        {words}
      </p>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${LEFT + 24 * CELL} ${TOP + 7 * CELL}`} width="100%">
        <desc id={`${id}-desc`}>{words}</desc>
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} x={LEFT + hour * CELL} y={10} fontSize="9" fill="#4d5763">
            {pad(hour)}
          </text>
        ))}
        {days.map((day, index) => (
          <text key={index} x={0} y={TOP + index * CELL + 10} fontSize="9" fill="#4d5763">
            {day}
          </text>
        ))}
        {profile.cells.map((cell) => (
          <rect
            key={`${cell.weekday}-${cell.hour}`}
            x={LEFT + cell.hour * CELL}
            y={TOP + cell.weekday * CELL}
            width={CELL - 1}
            height={CELL - 1}
            fill={`rgba(155, 20, 25, ${(0.15 + 0.85 * (cell.median / max)).toFixed(2)})`}
          >
            <title>{w.cell(days[cell.weekday]!, pad(cell.hour), cell.median, cell.count)}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
