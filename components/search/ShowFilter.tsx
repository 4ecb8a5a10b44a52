import type { Translate } from "@/lib/i18n/messages";
import { ANSWER_VIEWS, type AnswerView } from "@/lib/search/params";
import styles from "./search.module.css";

type Props = { form: string; counts: Record<AnswerView, number>; selected: AnswerView[]; t: Translate };

/**
 * "Indhold": lessons and results as the hits themselves, with how many match. Sent with the search form
 * like the other filters (plain GET, works without JavaScript); none ticked shows the pilots.
 */
export function ShowFilter({ form, counts, selected, t }: Props) {
  return (
    <details className={styles.facet} open>
      <summary>{t("search.show.legend")}</summary>
      <fieldset aria-describedby="show-hint">
        <legend className="sr-only">{t("search.show.legend")}</legend>
        <span className="form-hint" id="show-hint">
          {t("search.show.hint")}
        </span>
        {ANSWER_VIEWS.map((v) => (
          <div className="form-group-checkbox" key={v}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={`show-${v}`}
              name="indhold"
              value={v}
              form={form}
              defaultChecked={selected.includes(v)}
            />
            <label className="form-label" htmlFor={`show-${v}`}>
              {t(`search.show.${v}`)} <span className={styles.count}>({counts[v]})</span>
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
