import { datasetTable } from "@/lib/portfolio/export/datasets";
import { ValueRiskChart } from "@/components/charts/ValueRiskChart";
import { Section } from "@/components/portfolio/Section";
import { CapNote } from "@/components/portfolio/CapNote";
import type { SectionProps } from "./props";

export function ValueRisk({ s, t, locale }: SectionProps) {
  const labels = {
    title: t("portfolio.valueRisk.heading"),
    value: t("portfolio.valueRisk.value"),
    risk: t("portfolio.valueRisk.risk"),
    granted: t("portfolio.valueRisk.granted"),
    status: Object.fromEntries((["active", "adopted", "stopped"] as const).map((x) => [x, t(`portfolio.status.${x}`)])),
  };
  return (
    <Section
      t={t}
      id="vaerdi-risiko"
      heading={t("portfolio.valueRisk.heading")}
      description={t("portfolio.valueRisk.description")}
      locale={locale}
      table={{
        dataset: "value-risk",
        table: datasetTable("value-risk", s, t, locale),
        filters: s.filters,
        compact: true,
      }}
    >
      <CapNote
        cap={s.caps.valueRisk}
        text="portfolio.capped.valueRisk"
        dataset="value-risk"
        filters={s.filters}
        t={t}
        locale={locale}
      />
      {s.valueRisk.length > 0 ? (
        <ValueRiskChart points={s.valueRisk} labels={labels} locale={locale} />
      ) : (
        <p>{t("portfolio.noData")}</p>
      )}
    </Section>
  );
}

export function FairShare({ s, t, locale }: SectionProps) {
  return (
    <Section
      t={t}
      id="fair-andel"
      heading={t("portfolio.fairShare.heading")}
      description={t("portfolio.fairShare.description")}
      locale={locale}
      table={{
        dataset: "fair-share",
        table: datasetTable("fair-share", s, t, locale),
        filters: s.filters,
        compact: true,
      }}
    >
      {!s.pool.visible && <p>{t("portfolio.fairShare.poolHidden")}</p>}
    </Section>
  );
}
