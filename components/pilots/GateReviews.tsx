import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { StoryPhase } from "@/lib/pilots/story";
import { formatDate, formatKroner } from "@/lib/format";
import styles from "./pilots.module.css";

/** A phase's gate reviews in order: a decision with its outcome, date, rationale and money, or an open review with its due date. */
export function GateReviews({
  reviews,
  locale,
  t,
}: {
  reviews: StoryPhase["gateReviews"];
  locale: Locale;
  t: Translate;
}) {
  const date = (d: Date) => formatDate(d, locale);
  const kr = (n: number) => formatKroner(n, locale);
  const today = new Date();
  return (
    <>
      {reviews.map((r) => {
        const d = r.decision;
        if (!d) {
          return (
            <div key={r.id}>
              <p>{t("pilotPage.track.gateOpen", { requested: date(r.requestedAt), due: date(r.dueDate) })}</p>
              {r.dueDate < today && <p className={styles.warning}>{t("pilotPage.track.overdue")}</p>}
            </div>
          );
        }
        return (
          <div key={r.id}>
            <p>
              <strong>
                {t("pilotPage.track.decision", {
                  outcome: t(`pilotPage.outcome.${d.outcome}`),
                  date: date(d.decidedAt),
                })}
              </strong>
            </p>
            <p>
              {t("pilotPage.track.rationale")}: {d.rationale}
            </p>
            <p>
              <Link href={`/beslutninger/${d.id}`}>{t("pilotPage.track.memo")}</Link>
            </p>
            {d.releasedAmount > 0 && (
              <p>
                {t(d.outcome === "REVISE" ? "pilotPage.track.extraGrant" : "pilotPage.track.released", {
                  amount: kr(d.releasedAmount),
                })}
              </p>
            )}
            {d.returnedAmount > 0 && <p>{t("pilotPage.track.returned", { amount: kr(d.returnedAmount) })}</p>}
            {d.newDeadline && <p>{t("pilotPage.track.newDeadline", { date: date(d.newDeadline) })}</p>}
            {d.conditions.length > 0 && (
              <>
                <p>{t("pilotPage.track.conditions")}:</p>
                <ul>
                  {d.conditions.map((c) => (
                    <li key={c.id}>
                      {c.text} (
                      {c.doneAt
                        ? t("pilotPage.track.conditionDone", { date: date(c.doneAt) })
                        : c.dueDate
                          ? `${t("pilotPage.track.conditionOpen")}, ${t("pilotPage.track.conditionDue", { date: date(c.dueDate) })}`
                          : t("pilotPage.track.conditionOpen")}
                      )
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      })}
    </>
  );
}
