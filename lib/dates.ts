// Danish calendar days and wall-clock times, in the one time zone the engine lives in. Due dates,
// deadlines, budget years and "today" are Danish calendar days; date-only columns are stored as UTC
// midnight of that day. No time-zone library: Intl knows Copenhagen's daylight-saving rules.

export const TIME_ZONE = "Europe/Copenhagen";

const ymd = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE });
const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: TIME_ZONE });
const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Danish calendar day of an instant (today by default), yyyy-mm-dd. */
export function danishDay(at: Date = new Date()): string {
  return ymd.format(at);
}

/** The budget year of a moment, in Danish time. */
export function budgetYear(at: Date = new Date()): number {
  return Number(year.format(at));
}

/** A date-only column's value (UTC midnight) as yyyy-mm-dd. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** yyyy-mm-dd as a date-only column wants it: midnight UTC of that day. */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The Danish calendar day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(dateColumn(day).getTime() + days * 86_400_000));
}

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
export function dayToInstant(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Is yyyy-mm-dd a real calendar day (2026-02-30 is not) within 2000–2100 (DATE_MIN … DATE_MAX)? */
export function isRealDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// The range a day may take (issue 15, finding 6): PostgreSQL refuses year 0000 (a 500 before), and no
// pilot, expense or decision of a Danish data community lies outside 2000–2100.
export const DATE_MIN = "2000-01-01";
export const DATE_MAX = "2100-12-31";
/** An expense may be booked ahead of its payment day, but not by more than this. */
export const EXPENSE_DAYS_AHEAD = 30;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd naming a real calendar day (2026-02-30 is not). */
export function isCalendarDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Within 2000-01-01 … 2100-12-31 (yyyy-mm-dd compares as text). */
export const inDateRange = (day: string) => day >= DATE_MIN && day <= DATE_MAX;

/** The latest day an expense may carry: today in Denmark plus 30 days. */
export const latestExpenseDay = (now = new Date()) => addDays(danishDay(now), EXPENSE_DAYS_AHEAD);
