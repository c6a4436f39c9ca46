import type { WaitProfile } from "@/lib/history/wait-profile";
import { bestTimeInWords } from "@/lib/history/wait-profile";

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const CELL = 14;
const LEFT = 34;
const TOP = 14;

/** Typical wait by hour of the week for one direction: a server-rendered SVG heat grid
 * (darker = longer), with the numbers in each cell's tooltip and the best time in words. */
export function WaitChart({ profile, title, zoneName }: { profile: WaitProfile; title: string; zoneName: string }) {
  const words = bestTimeInWords(profile, zoneName);
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
            {String(hour).padStart(2, "0")}
          </text>
        ))}
        {days.map((day, index) => (
          <text key={day} x={0} y={TOP + index * CELL + 10} fontSize="9" fill="#4d5763">
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
            <title>{`${days[cell.weekday]} ${String(cell.hour).padStart(2, "0")}:00: typically ${cell.median} min (${cell.count} reports)`}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
