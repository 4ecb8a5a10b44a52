import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { CatalogueHit } from "@/lib/search/catalogue";
import { Highlight } from "./Highlight";
import { MatchedWords } from "./MatchedWords";
import { AnswerList } from "./AnswerList";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./search.module.css";

/** The hits as a list of short articles: title, where it stands, and the matching excerpt. */
/** `words`: how many words the search had, so a hit can say it matched some of them. */
/** `openForSpread`: the hits with a spread offer open today ("Åben for nye kommuner", issue 18). */
export function HitList({
  hits,
  openForSpread,
  start,
  words,
  t,
  locale,
}: {
  hits: CatalogueHit[];
  openForSpread?: Set<number>;
  start: number;
  words: number;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ol className={styles.hits} start={start}>
      {hits.map((h) => (
        <li key={h.id}>
          <article aria-labelledby={`hit-${h.id}`}>
            <h3 id={`hit-${h.id}`} className={styles.hitTitle}>
              <Link href={`/piloter/${h.id}`}>
                <Highlight text={h.title} />
              </Link>
            </h3>
            <p className={styles.meta}>
              <span className={h.status === "STOPPED" ? `tag ${styles.stopped}` : "tag"}>
                {t(`pilotPage.status.${h.status}`)}
              </span>
              {openForSpread?.has(h.id) && (
                <span className="tag tag-success" data-testid="open-for-spread">
                  {t("spreadPage.openMarker")}
                </span>
              )}
              {h.phase && <span>{t("search.catalogue.phase", { phase: t(`phaseKind.${h.phase}`) })}</span>}
              <span>{h.community.name}</span>
              <span>{t("search.catalogue.ledBy", { name: h.leadOrganisation })}</span>
            </p>
            <MatchedWords matched={h.matched} total={words} decided={h.decided && words > 0} t={t} />
            <p className={styles.snippet}>
              <span className={styles.source}>{t(`search.source.${h.snippetSource}`)}: </span>
              <Highlight text={h.snippet} />
            </p>
            {h.answers.length > 0 && <AnswerList answers={h.answers} nested t={t} locale={locale} />}
          </article>
        </li>
      ))}
    </ol>
  );
}
