import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { TriedPilot } from "@/lib/search/who-tried";
import { formatDate } from "@/lib/format";
import { MatchedWords } from "@/components/search/MatchedWords";
import { AnswerList } from "@/components/search/AnswerList";
import styles from "@/components/search/search.module.css";

/** Each pilot with what came of it; a stopped one with the reason, in its own team's words. */
export function TriedPilots({
  pilots,
  words,
  locale,
  t,
}: {
  pilots: TriedPilot[];
  words: number;
  locale: Locale;
  t: Translate;
}) {
  return (
    <>
      <h3>{t("search.whoTried.pilots")}</h3>
      <ul className={`nobullet-list ${styles.hits}`}>
        {pilots.map((p) => (
          <li key={p.id}>
            <article aria-labelledby={`wt-${p.id}`}>
              <h4 id={`wt-${p.id}`} className={styles.hitTitle}>
                <Link href={`/piloter/${p.id}`}>{p.title}</Link>
              </h4>
              <p className={styles.meta}>
                <span className={p.status === "STOPPED" ? `tag ${styles.stopped}` : "tag"}>
                  {t(`pilotPage.status.${p.status}`)}
                </span>
                {p.phase && <span>{t("search.catalogue.phase", { phase: t(`phaseKind.${p.phase}`) })}</span>}
                <span>{p.community}</span>
                <span>{t("search.catalogue.ledBy", { name: p.lead })}</span>
                {p.lastDecision && (
                  <span>
                    {t("search.whoTried.lastDecision", {
                      outcome: t(`pilotPage.outcome.${p.lastDecision.outcome}`),
                      date: formatDate(p.lastDecision.decidedAt, locale),
                    })}
                  </span>
                )}
              </p>
              <MatchedWords matched={p.matched} total={words} t={t} />
              {p.stopReason && (
                <p className={styles.reason}>
                  <strong>{t("search.whoTried.whyStopped")}</strong> {p.stopReason}
                </p>
              )}
              {p.procurement && (
                <p className={styles.reason}>
                  <strong>{t("search.whoTried.procurement")}</strong> {p.procurement}
                </p>
              )}
              {p.answers.length > 0 && <AnswerList answers={p.answers} nested t={t} locale={locale} />}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
