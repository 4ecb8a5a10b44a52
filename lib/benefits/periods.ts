// Benefit periods, pure: a realised value belongs to a month, a quarter or a year, by the profile's
// measurement frequency, written "2026-09", "2026-Q3" or "2026". Stored as the period's first day.
import type { BenefitFrequency } from "../generated/prisma/enums";

const PATTERN: Record<BenefitFrequency, RegExp> = {
  MONTHLY: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
  YEARLY: /^(\d{4})$/,
};

/** The period's first day, or null when the text is not a period of this frequency. */
export function periodStart(frequency: BenefitFrequency, text: string): string | null {
  const m = PATTERN[frequency].exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (frequency === "YEARLY") return `${m[1]}-01-01`;
  if (frequency === "MONTHLY") return `${m[1]}-${m[2]}-01`;
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** The period a first day names, as it is written. */
export function periodLabel(frequency: BenefitFrequency, start: string): string {
  if (frequency === "YEARLY") return start.slice(0, 4);
  if (frequency === "MONTHLY") return start.slice(0, 7);
  return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
}

const MONTHS: Record<BenefitFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };

/** The first day of the period `n` periods after the one starting on `start`. */
export function shiftPeriod(frequency: BenefitFrequency, start: string, n: number): string {
  const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + n * MONTHS[frequency];
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** The first day of the period a day lies in. */
export function periodOf(frequency: BenefitFrequency, day: string): string {
  const month = Number(day.slice(5, 7));
  const first = frequency === "MONTHLY" ? month : frequency === "QUARTERLY" ? Math.floor((month - 1) / 3) * 3 + 1 : 1;
  return `${day.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

/**
 * The latest period that has ended by `today`, if it is due: measurements are owed for every ended
 * period from the one the organisation went live in (or the profile began); the one owed now is the
 * last ended period, unless it already has a value. Null: nothing is due.
 */
export function periodDue(
  frequency: BenefitFrequency,
  from: string,
  today: string,
  measured: ReadonlySet<string>,
): string | null {
  const last = shiftPeriod(frequency, periodOf(frequency, today), -1);
  if (last < periodOf(frequency, from)) return null;
  return measured.has(last) ? null : last;
}

/** Kinds whose values add up over periods and organisations; a quality score does not. */
export const ADDITIVE = ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED"] as const;
export const isAdditive = (kind: string) => (ADDITIVE as readonly string[]).includes(kind);
