// Measurements are instants; people write Danish wall-clock times. These turn one into the other
// without a time-zone library: Intl knows Copenhagen's daylight-saving rules.

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Copenhagen",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes Copenhagen is ahead of UTC at the instant `utcMs` (60 in winter, 120 in summer). */
function offsetMinutes(utcMs: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]));
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - utcMs) / 60_000;
}

/** A Copenhagen wall-clock time as an instant (the second pass settles the daylight-saving edges). */
export function copenhagenToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = naive - offsetMinutes(naive) * 60_000;
  return new Date(naive - offsetMinutes(first) * 60_000);
}

/**
 * A measurement given by its day only is stored at noon UTC: the same calendar day in Denmark all
 * year, and the convention the seed and the manual form share.
 */
export function dayToInstant(ymd: string): Date {
  return new Date(`${ymd}T12:00:00Z`);
}

/** Is yyyy-mm-dd a real calendar day (2026-02-30 is not)? */
export function isRealDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The Danish calendar day of an instant, yyyy-mm-dd. */
export function danishDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(at);
}
