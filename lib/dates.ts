// Calendar days as the app stores them (yyyy-mm-dd, PostgreSQL `date`), and the range a day may take
// (issue 15, finding 6): PostgreSQL refuses year 0000 (a 500 before), and no pilot, expense or
// decision of a Danish data community lies outside 2000–2100. Pure: forms, the API and tests share it.

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

/** Today in Denmark (Europe/Copenhagen), yyyy-mm-dd. */
export function danishToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
}

/** The calendar day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** The latest day an expense may carry: today in Denmark plus 30 days. */
export const latestExpenseDay = (now = new Date()) => addDays(danishToday(now), EXPENSE_DAYS_AHEAD);
