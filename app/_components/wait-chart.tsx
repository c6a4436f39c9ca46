import { bestTimeInWords, weekdayNames, type WaitProfile } from "@/lib/history/wait-profile";
import { getI18n } from "@/server/i18n";

const CELL = 14;
const LEFT = 34;
const TOP = 14;

/** Shades of the grid: a cell's typical wait, as a share of the longest, rounded to one of these. */
const SHADES = 8;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Typical wait by hour of the week for one direction: a server-rendered SVG heat grid (darker =
 * longer) and the best time in words. One path per shade, not an element (and a tooltip) per
 * hour: 336 cells with their tooltips were 700 elements and 49 KB of the crossing page, most of
 * its render time and of what a phone downloads; the figures a traveller acts on are in words.
 */
export async function WaitChart({ profile, title, zoneName }: { profile: WaitProfile; title: string; zoneName: string }) {
  const { locale } = await getI18n();
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
  const shades: string[] = Array.from({ length: SHADES }, () => "");
  for (const cell of profile.cells) {
    shades[Math.round(((SHADES - 1) * cell.median) / max)] += `M${LEFT + cell.hour * CELL} ${TOP + cell.weekday * CELL}h${CELL - 1}v${CELL - 1}h${1 - CELL}z`;
  }
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
        {shades.map((d, shade) => (d ? <path key={shade} d={d} fill={`rgba(155, 20, 25, ${(0.15 + (0.85 * shade) / (SHADES - 1)).toFixed(2)})`} /> : null))}
      </svg>
    </div>
  );
}
