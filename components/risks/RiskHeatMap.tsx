// The 5×5 risk map: open risks counted by probability (rows, 5 at the top) and consequence (columns),
// each cell coloured by its score's band. A picture for the sighted reader; the table placed beside
// it (RiskTable) carries the same risks for everyone, so the grid itself is hidden from screen readers.
import type { Translate } from "@/lib/i18n/messages";
import { LEVELS, heatGrid, riskBand } from "@/lib/risks/heat";
import styles from "./risks.module.css";

type Props = { risks: { probability: number; consequence: number }[]; t: Translate; testId?: string };

export function RiskHeatMap({ risks, t, testId }: Props) {
  const grid = heatGrid(risks);
  return (
    <figure className={styles.figure} data-testid={testId}>
      <figcaption className={styles.caption}>
        <strong>{t("risks.heatTitle")}</strong>
        <span>{t("risks.heatDescription")}</span>
      </figcaption>
      <div className={styles.heat} aria-hidden="true">
        <span className={styles.yAxis}>{t("risks.probability")}</span>
        <div className={styles.grid}>
          {[...LEVELS].reverse().map((p) => (
            <div className={styles.row} key={p}>
              <span className={styles.axisLabel}>{p}</span>
              {LEVELS.map((c) => {
                const n = grid[p - 1][c - 1];
                return (
                  <span
                    key={c}
                    className={`${styles.cell} ${styles[riskBand(p * c)]}`}
                    title={t("risks.cell", { p, c, count: n })}
                  >
                    {n > 0 ? n : ""}
                  </span>
                );
              })}
            </div>
          ))}
          <div className={styles.row}>
            <span className={styles.axisLabel} />
            {LEVELS.map((c) => (
              <span key={c} className={styles.axisLabel}>
                {c}
              </span>
            ))}
          </div>
          <span className={styles.xAxis}>{t("risks.consequence")}</span>
        </div>
      </div>
    </figure>
  );
}
