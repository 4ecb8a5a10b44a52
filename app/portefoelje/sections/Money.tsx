import { datasetTable } from "@/lib/portfolio/export/datasets";
import { BarsChart } from "@/components/charts/BarsChart";
import { LinesChart } from "@/components/charts/LinesChart";
import { Section } from "@/components/portfolio/Section";
import { COLOURS, type SectionProps } from "./props";

const KEYS = ["granted", "pledged", "spent", "returned"] as const;

export function Money({ s, t, locale }: SectionProps) {
  const series = KEYS.map((k) => ({ key: k, label: t(`portfolio.money.${k}`), colour: COLOURS[k] }));
  const byPhase = s.money.byPhase.map((r) => ({ label: t(`portfolio.phase.${r.phase}`), ...r }));
  const byYear = s.money.byYear.map((r) => ({ label: String(r.year), ...r }));
  return (
    <section id="penge" aria-labelledby="penge-heading">
      <h2 id="penge-heading">{t("portfolio.money.heading")}</h2>
      <Section
        t={t}
        id="penge-fase"
        level={3}
        heading={t("portfolio.money.phaseTitle")}
        description={t("portfolio.money.phaseDescription")}
        locale={locale}
        table={{ dataset: "money-phase", table: datasetTable("money-phase", s, t, locale), filters: s.filters }}
      >
        <BarsChart
          title={t("portfolio.money.phaseTitle")}
          data={byPhase}
          xKey="label"
          series={series}
          locale={locale}
          kroner
        />
      </Section>
      <Section
        t={t}
        id="penge-aar"
        level={3}
        heading={t("portfolio.money.yearTitle")}
        description={t("portfolio.money.yearDescription")}
        locale={locale}
        table={{ dataset: "money-year", table: datasetTable("money-year", s, t, locale), filters: s.filters }}
      >
        {byYear.length > 0 ? (
          <BarsChart
            title={t("portfolio.money.yearTitle")}
            data={byYear}
            xKey="label"
            series={series}
            locale={locale}
            kroner
          />
        ) : (
          <p>{t("portfolio.noData")}</p>
        )}
      </Section>
    </section>
  );
}

export function Pool({ s, t, locale }: SectionProps) {
  if (!s.pool.visible) {
    return (
      <section id="pulje" aria-labelledby="pulje-heading">
        <h2 id="pulje-heading">{t("portfolio.pool.heading")}</h2>
        <p>{t("portfolio.pool.hidden")}</p>
      </section>
    );
  }
  // One row per month, a column per community: the shape a line chart wants (pivot only, no sums).
  const months = [...new Set(s.pool.months.map((m) => m.month))].sort();
  const data = months.map((month) => ({
    month,
    ...Object.fromEntries(
      s.pool.communities.map((c) => [
        c.slug,
        s.pool.months.filter((m) => m.community === c.slug && m.month <= month).at(-1)?.balance ?? null,
      ]),
    ),
  }));
  const series = s.pool.communities.map((c, i) => ({
    key: c.slug,
    label: c.name,
    colour: COLOURS.communities[i % COLOURS.communities.length],
  }));
  return (
    <>
      <Section
        t={t}
        id="pulje"
        heading={t("portfolio.pool.heading")}
        description={t("portfolio.pool.description")}
        locale={locale}
        table={{ dataset: "pool", table: datasetTable("pool", s, t, locale), filters: s.filters, compact: true }}
      >
        {data.length > 0 ? (
          <LinesChart title={t("portfolio.pool.heading")} data={data} xKey="month" series={series} locale={locale} />
        ) : (
          <p>{t("portfolio.noData")}</p>
        )}
      </Section>
      <Section
        t={t}
        id="pulje-aar"
        level={3}
        heading={t("portfolio.pool.yearsTitle")}
        locale={locale}
        table={{ dataset: "pool-years", table: datasetTable("pool-years", s, t, locale), filters: s.filters }}
      />
    </>
  );
}
