import type { Translate } from "@/lib/i18n/messages";
import type { PreparedSearch } from "@/lib/search/prepare";
import styles from "./search.module.css";

/** Tells the reader when the search did something other than what they typed: corrected a word, added synonyms, or loosened AND to OR. */
export function SearchNotices({ search, t }: { search: PreparedSearch; t: Translate }) {
  if (search.corrections.length === 0 && search.mode === "all" && search.synonyms.length === 0) return null;
  return (
    <div className={`alert alert-info ${styles.notice}`}>
      <div className="alert-body">
        {search.corrections.map((c) => (
          <p key={c.word} className="alert-text">
            {t("search.catalogue.corrected", { word: c.word, to: c.to.join(", ") })}
          </p>
        ))}
        {search.synonyms.map((s) => (
          <p key={s.word} className="alert-text">
            {t("search.catalogue.synonyms", { word: s.word, also: s.also.join(", ") })}
          </p>
        ))}
        {search.mode === "any" && <p className="alert-text">{t("search.catalogue.anyMode")}</p>}
      </div>
    </div>
  );
}
