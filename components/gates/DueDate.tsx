import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { danishDay } from "@/lib/dates";

/** A due date, marked overdue once its Danish calendar day has passed; "–" when there is none. */
export function DueDate({ date, locale, overdue }: { date: Date | null; locale: Locale; overdue: string }) {
  if (!date) return "–";
  return (
    <>
      {formatDate(date, locale)}
      {date.toISOString().slice(0, 10) < danishDay() && <strong> ({overdue})</strong>}
    </>
  );
}
