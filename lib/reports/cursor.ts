/** Keyset paging cursors for report lists: "<observed ISO instant>_<report uuid>". */
export interface ReportCursor {
  observedAt: Date;
  id: string;
}

export function encodeCursor(cursor: ReportCursor): string {
  return `${cursor.observedAt.toISOString()}_${cursor.id}`;
}

export function decodeCursor(value: unknown): ReportCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(value);
  if (!match) return null;
  const observedAt = new Date(match[1]!);
  // Only instants a cursor can hold: a real date (no "02-30" rolled over) that PostgreSQL
  // accepts (it has no year 0000: such a cursor made the list query throw, found by fuzzing).
  if (Number.isNaN(observedAt.getTime()) || observedAt.toISOString() !== match[1]!.toUpperCase() || observedAt.getUTCFullYear() < 1970) return null;
  return { observedAt, id: match[2]!.toLowerCase() };
}
