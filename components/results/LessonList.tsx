// Lessons as others read them: what was done, learned and would be done differently, with tags.
// Stop reports stand out: why a pilot stopped is what the next municipality looks for first.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { LessonRow } from "@/lib/lessons/queries";
import { formatDate } from "@/lib/format";
import styles from "./results.module.css";

type Props = {
  lessons: LessonRow[];
  heading: "h2" | "h3";
  t: Translate;
  locale: Locale;
  editHref?: (id: number) => string;
};

export function LessonList({ lessons, heading: H, t, locale, editHref }: Props) {
  const Sub = H === "h2" ? "h3" : "h4";
  return (
    <ol className={styles.list}>
      {lessons.map((l) => {
        const kind = t(`results.lessons.kind.${l.kind}`);
        const date = formatDate(l.createdAt, locale);
        const meta = l.phase
          ? t("results.lessons.meta", { kind, phase: t(`phaseKind.${l.phase.kind}`), date, name: l.author.name })
          : t("results.lessons.metaNoPhase", { kind, date, name: l.author.name });
        return (
          <li
            key={l.id}
            id={`erfaring-${l.id}`}
            className={l.kind === "STOP_REPORT" ? styles.stop : undefined}
            data-lesson={l.id}
          >
            <H>{l.title}</H>
            <p className={styles.meta}>{meta}</p>
            <Sub>{t("results.lessons.whatWeDid")}</Sub>
            <p className={styles.body}>{l.whatWeDid}</p>
            <Sub>{t("results.lessons.whatWeLearned")}</Sub>
            <p className={styles.body}>{l.whatWeLearned}</p>
            <Sub>{t("results.lessons.wouldDoDifferently")}</Sub>
            <p className={styles.body}>{l.wouldDoDifferently}</p>
            {l.tags.length > 0 && (
              <ul className={styles.chips} aria-label={t("results.lessons.tagsLabel")}>
                {l.tags.map((tag) => (
                  <li key={tag}>
                    <span className="tag">{tag}</span>
                  </li>
                ))}
              </ul>
            )}
            {editHref && (
              <p>
                <Link href={editHref(l.id)} aria-label={t("results.lessons.editLabel", { title: l.title })}>
                  {t("results.lessons.edit")}
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
