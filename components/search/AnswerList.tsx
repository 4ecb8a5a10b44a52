import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { answerHref, type AnswerHit } from "@/lib/search/answers";
import { formatDate } from "@/lib/format";
import { Highlight } from "./Highlight";
import styles from "./search.module.css";

type Props = { answers: AnswerHit[]; t: Translate; locale: Locale } & (
  { nested: true; start?: never } | { nested?: false; start: number }
);

/**
 * Lessons, stop reports and results as hits: what it is, its title and the matching excerpt, and the
 * pilot it belongs to. Nested under a pilot hit it leaves the pilot out (the pilot is right above).
 */
export function AnswerList({ answers, t, locale, nested, start }: Props) {
  const List = nested ? "ul" : "ol";
  const Wrapper = nested ? "div" : "article";
  return (
    <List
      className={nested ? styles.answers : styles.hits}
      start={nested ? undefined : start}
      aria-label={nested ? t("search.answers.nestedLabel") : undefined}
    >
      {answers.map((a) => (
        <li key={`${a.kind}-${a.id}`}>
          {/* nested under a pilot's article it is part of that hit, not an article of its own */}
          <Wrapper {...(nested ? {} : { "aria-labelledby": `answer-${a.kind}-${a.id}` })}>
            {nested ? (
              <p className={styles.answerTitle} id={`answer-${a.kind}-${a.id}`}>
                <span className={a.kind === "stopReport" ? `tag ${styles.stopped}` : "tag"}>
                  {t(`search.answers.kind.${a.kind}`)}
                </span>{" "}
                <Link href={answerHref(a)}>
                  <Highlight text={a.title} />
                </Link>
              </p>
            ) : (
              <h3 className={styles.hitTitle} id={`answer-${a.kind}-${a.id}`}>
                <Link href={answerHref(a)}>
                  <Highlight text={a.title} />
                </Link>
              </h3>
            )}
            {!nested && (
              <p className={styles.meta}>
                <span className={a.kind === "stopReport" ? `tag ${styles.stopped}` : "tag"}>
                  {t(`search.answers.kind.${a.kind}`)}
                </span>
                <span>{formatDate(a.date, locale)}</span>
                <span>
                  {t("search.answers.of")} <Link href={`/piloter/${a.pilot.id}`}>{a.pilot.title}</Link>
                </span>
              </p>
            )}
            <p className={styles.snippet}>
              <Highlight text={a.snippet} />
            </p>
          </Wrapper>
        </li>
      ))}
    </List>
  );
}
