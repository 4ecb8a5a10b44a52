// The portfolio's risks: the heat map of every open risk the reader may see (one community's, when the
// dashboard is filtered to it), and under it the table of the highest of them.
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import { openRisks, PORTFOLIO_RISKS_SHOWN } from "@/lib/risks/queries";
import { RiskHeatMap } from "./RiskHeatMap";
import { RiskTable } from "./RiskTable";
import styles from "./risks.module.css";

export async function PortfolioRisks({
  user,
  community,
  t,
  locale,
}: {
  user: SessionUser | null;
  community?: string;
  t: Translate;
  locale: Locale;
}) {
  const risks = await openRisks(user, { community });
  const shown = risks.slice(0, PORTFOLIO_RISKS_SHOWN);
  return (
    <section aria-labelledby="portfolio-risks-heading">
      <h2 id="portfolio-risks-heading">{t("risks.portfolioHeading")}</h2>
      <p>{t("risks.portfolioLead")}</p>
      {/* Stacked, not beside: the table names each risk's pilot and needs the page's width. */}
      <div className={styles.stacked}>
        <RiskHeatMap risks={risks} t={t} testId="portfolio-heat-map" />
        <div>
          {shown.length === 0 ? (
            <p>{t("risks.noneOpen")}</p>
          ) : (
            <RiskTable
              risks={shown}
              caption={t("risks.portfolioCaption")}
              t={t}
              locale={locale}
              summary
              testId="portfolio-risks"
            />
          )}
          {risks.length > shown.length && (
            <p>
              {t("risks.portfolioMore", {
                shown: formatNumber(shown.length, locale),
                total: formatNumber(risks.length, locale),
              })}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
