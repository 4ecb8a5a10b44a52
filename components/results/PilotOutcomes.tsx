// The pilot page's account of what came out of the pilot: KPIs against their targets, the latest
// results and every lesson, each with the way to its own page. Reads through the same visibility
// rules as the page itself (the queries return nothing for a pilot the user may not see).
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { getKpiBoard } from "@/lib/kpis/queries";
import { latestResults } from "@/lib/results/queries";
import { getLessons } from "@/lib/lessons/queries";
import { KpiPanel } from "./KpiPanel";
import { ResultList } from "./ResultList";
import { LessonList } from "./LessonList";
import styles from "./results.module.css";

type Props = { user: SessionUser | null; pilotId: number; t: Translate; locale: Locale };

export async function PilotOutcomes({ user, pilotId, t, locale }: Props) {
  const [board, results, lessons] = await Promise.all([
    getKpiBoard(user, pilotId),
    latestResults(user, pilotId),
    getLessons(user, pilotId),
  ]);
  if (!board || !lessons) return null;
  const base = `/piloter/${pilotId}`;
  return (
    <>
      <h2 id="kpi">{t("results.section.kpis")}</h2>
      {board.kpis.length === 0 && <p>{t("results.kpi.none")}</p>}
      {board.kpis.map((k) => (
        <KpiPanel
          key={k.id}
          kpi={k}
          phases={board.phases}
          t={t}
          locale={locale}
          heading="h3"
          href={`${base}/kpi/${k.id}`}
        />
      ))}
      <p>
        <Link href={`${base}/kpi`}>{t("results.section.kpisLink")}</Link>
      </p>

      <h2 id="resultater">{t("results.section.results")}</h2>
      {results.length === 0 ? (
        <p>{t("results.log.none")}</p>
      ) : (
        <ResultList results={results} heading="h3" t={t} locale={locale} />
      )}
      <p>
        <Link href={`${base}/resultater`}>{t("results.section.resultsLink")}</Link>
      </p>

      <h2 id="erfaringer">{t("results.section.lessons")}</h2>
      {lessons.lessons.length === 0 ? (
        <p>{t("results.lessons.none")}</p>
      ) : (
        <LessonList lessons={lessons.lessons} heading="h3" t={t} locale={locale} />
      )}
      <p>
        <Link href={`${base}/erfaringer`}>{t("results.section.lessonsLink")}</Link>
      </p>
    </>
  );
}

/** Links to the three pages, for the top of each of them. */
export function OutcomeNav({
  pilotId,
  current,
  t,
}: {
  pilotId: number;
  current: "results" | "kpis" | "lessons";
  t: Translate;
}) {
  const base = `/piloter/${pilotId}`;
  const pages = [
    ["results", "resultater"],
    ["kpis", "kpi"],
    ["lessons", "erfaringer"],
  ] as const;
  return (
    <ul className={styles.sections} aria-label={t("results.nav.label")}>
      <li>
        <Link href={base}>{t("results.back")}</Link>
      </li>
      {pages.map(([key, path]) => (
        <li key={key}>
          <Link href={`${base}/${path}`} aria-current={key === current ? "page" : undefined}>
            {t(`results.nav.${key}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
