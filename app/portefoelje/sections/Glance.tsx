import { formatKroner, formatNumber } from "@/lib/format";
import styles from "@/components/portfolio/portfolio.module.css";
import type { SectionProps } from "./props";

/**
 * The dashboard's first screen: what awaits a decision, the money (granted, spent, left in the pool),
 * how many pilots stand in each phase, and which pilots are at risk — each linking to its section.
 */
export function Glance({ s, t, locale }: SectionProps) {
  const kr = (n: number) => formatKroner(n, locale);
  const n = (v: number) => formatNumber(v, locale);
  const year = Number(s.today.slice(0, 4));
  const poolLeft = s.pool.years.filter((y) => y.year === year).reduce((a, y) => a + y.balance, 0);
  const phases = [
    ...s.funnel.stages.map((x) => [t(`portfolio.phase.${x.phase}`), x.current] as const),
    [t("portfolio.glance.inOperation"), s.funnel.adopted] as const,
    [t("portfolio.glance.stopped"), s.funnel.stopped] as const,
  ];
  return (
    <section aria-labelledby="glance-heading" className={styles.glance} data-testid="portfolio-glance">
      <h2 id="glance-heading" className="sr-only">
        {t("portfolio.glance.heading")}
      </h2>
      <div className={styles.panel}>
        <h3 className="h5">{t("portfolio.glance.decisions")}</h3>
        <dl className={styles.figureList}>
          <dt>{t("portfolio.glance.reviewsOpen")}</dt>
          <dd data-figure="reviews-open">{n(s.gates.open)}</dd>
          <dt>{t("portfolio.glance.reviewsOverdue")}</dt>
          <dd>{n(s.gates.overdue)}</dd>
          <dt>{t("portfolio.glance.conditionsOpen")}</dt>
          <dd>{n(s.gates.conditionsOpen)}</dd>
        </dl>
        <a href="#gates">{t("portfolio.glance.allGates")}</a>
      </div>
      <div className={styles.panel}>
        <h3 className="h5">{t("portfolio.glance.money")}</h3>
        <dl className={styles.figureList}>
          <dt>{t("portfolio.glance.granted")}</dt>
          <dd data-figure="granted">{kr(s.money.total.granted)}</dd>
          <dt>{t("portfolio.glance.spent")}</dt>
          <dd data-figure="spent">{kr(s.money.total.spent)}</dd>
          <dt>{t("portfolio.glance.poolLeft", { year })}</dt>
          <dd data-figure="pool">{s.pool.visible ? kr(poolLeft) : "–"}</dd>
        </dl>
        {s.pool.visible ? (
          <a href="#penge">{t("portfolio.money.heading")}</a>
        ) : (
          <p className={styles.muted}>{t("portfolio.glance.poolHidden")}</p>
        )}
      </div>
      <div className={styles.panel}>
        <h3 className="h5">{t("portfolio.glance.phases")}</h3>
        <dl className={styles.figureList}>
          {phases.map(([label, count]) => (
            <div key={label} className={styles.pair}>
              <dt>{label}</dt>
              <dd>{n(count)}</dd>
            </div>
          ))}
        </dl>
        <a href="#tragt">{t("portfolio.funnel.heading")}</a>
      </div>
      <div className={styles.panel}>
        <h3 className="h5">
          {t("portfolio.glance.atRisk")} ({n(s.atRisk.total)})
        </h3>
        {s.atRisk.items.length === 0 ? (
          <p>{t("portfolio.glance.atRiskNone")}</p>
        ) : (
          <ul className={styles.riskList}>
            {s.atRisk.items.slice(0, 4).map((p) => (
              <li key={p.pilotId}>
                <a href={`/piloter/${p.pilotId}`}>{p.title}</a>
                <span className={styles.muted}>
                  {" "}
                  – {p.reasons.map((r) => t(`portfolio.glance.reasons.${r}`)).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
        {s.atRisk.total > 4 && (
          <p className={styles.muted}>{t("portfolio.glance.atRiskMore", { shown: 4, total: s.atRisk.total })}</p>
        )}
      </div>
    </section>
  );
}
