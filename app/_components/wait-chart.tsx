import { bestTimeInWords, weekdayNames, type WaitProfile } from "@/lib/history/wait-profile";
import { getI18n } from "@/lib/i18n/server";

const CELL = 14;
const LEFT = 34;
const TOP = 14;

const pad = (n: number) => String(n).padStart(2, "0");

/** Typical wait by hour of the week for one direction: a server-rendered SVG heat grid
 * (darker = longer), with the numbers in each cell's tooltip and the best time in words. */
export async function WaitChart({ profile, title, zoneName }: { profile: WaitProfile; title: string; zoneName: string }) {
  const { t, locale } = await getI18n();
  const w = t.pages.waitChart;
  const days = weekdayNames(locale, "short");
  const words = bestTimeInWords(profile, zoneName, locale);
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
