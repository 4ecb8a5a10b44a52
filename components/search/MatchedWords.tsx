import { Fragment } from "react";
import type { Translate } from "@/lib/i18n/messages";
import type { Field } from "@/lib/search/rank";
import styles from "./search.module.css";

type Props = { matched: { word: string; field: Field }[]; total: number; decided?: boolean; t: Translate };

/** Why a hit is listed: the search's words it matches, marked, and where; and whether it was lifted for its decision. */
export function MatchedWords({ matched, total, decided, t }: Props) {
  if (matched.length === 0) return null;
  return (
    <p className={styles.why}>
      <span className={styles.source}>
        {matched.length === total ? t("search.why.all") : t("search.why.some", { count: matched.length, total })}
      </span>{" "}
      {matched.map((m, i) => (
        <Fragment key={m.word}>
          {i > 0 && ", "}
          <mark>{m.word}</mark> {t(`search.why.field.${m.field}`)}
        </Fragment>
      ))}
      {decided && <span className={styles.lifted}> · {t("search.why.decided")}</span>}
    </p>
  );
}
