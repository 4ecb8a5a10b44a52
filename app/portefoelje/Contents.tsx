import type { Translate } from "@/lib/i18n/messages";
import styles from "@/components/portfolio/portfolio.module.css";

/** In-page links to every section: a long page is quicker to use with a map of it. */
export function Contents({ t }: { t: Translate }) {
  const links = [
    ["tragt", t("portfolio.funnel.heading")],
    ["penge", t("portfolio.money.heading")],
    ["pulje", t("portfolio.pool.heading")],
    ["gates", t("portfolio.gates.heading")],
    ["beslutninger", t("portfolio.decisions.heading")],
    ["verdensmaal", t("portfolio.sdgs.heading")],
    ["teknologi", t("portfolio.techDomain.heading")],
    ["vaerdi-risiko", t("portfolio.valueRisk.heading")],
    ["fair-andel", t("portfolio.fairShare.heading")],
    ["gevinster", t("portfolio.benefits.heading")],
    ["kort", t("portfolio.mapLink.heading")],
  ];
  return (
    <nav aria-labelledby="contents-heading" className={styles.toc}>
      <h2 id="contents-heading" className="h4">
        {t("portfolio.contents")}
      </h2>
      <ul>
        {links.map(([id, text]) => (
          <li key={id}>
            <a href={`#${id}`}>{text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
