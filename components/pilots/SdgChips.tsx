import { SDGS } from "@/lib/pilots/sdgs";
import { readableTextColour } from "@/lib/pilots/contrast";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import styles from "./pilots.module.css";

/** The UN goals in their official colours; the text colour is picked for ≥ 4.5:1 contrast. */
export function SdgChips({ sdgs, locale, t }: { sdgs: number[]; locale: Locale; t: Translate }) {
  const goals = SDGS.filter((s) => sdgs.includes(s.number));
  if (goals.length === 0) return <p>{t("pilotPage.page.noTags")}</p>;
  return (
    <ul className={styles.chips}>
      {goals.map((g) => (
        <li key={g.number}>
          <span className={styles.sdg} style={{ backgroundColor: g.colour, color: readableTextColour(g.colour) }}>
            {t("pilotPage.page.sdgLabel", { number: g.number, name: g[locale] })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Technology and domain tags as plain DKFDS tags, by their labels in the reader's language ("Vand",
 * "Water"), never the stored value. A value outside the vocabulary (an old import) shows as stored.
 */
export function TagList({
  kind,
  values,
  t,
  empty,
}: {
  kind: "technology" | "domain";
  values: string[];
  t: Translate;
  empty: string;
}) {
  if (values.length === 0) return <p>{empty}</p>;
  const label = (v: string) => {
    const key = `pilots.${kind}.${v}` as MessageKey;
    const text = t(key);
    return text === key ? v : text;
  };
  return (
    <ul className={styles.chips}>
      {values.map((v) => (
        <li key={v}>
          <span className="tag">{label(v)}</span>
        </li>
      ))}
    </ul>
  );
}
