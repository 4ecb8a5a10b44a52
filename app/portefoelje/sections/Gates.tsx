import { formatNumber } from "@/lib/format";
import { datasetTable } from "@/lib/portfolio/export/datasets";
import { GATES_DUE_LIMIT } from "@/lib/portfolio/limits";
import { BarsChart } from "@/components/charts/BarsChart";
import { Section } from "@/components/portfolio/Section";
import { COLOURS, type SectionProps } from "./props";

export function Gates({ s, t, locale }: SectionProps) {
  const g = s.gates;
  const figures = [
    [t("portfolio.gates.open"), g.open, "open"],
    [t("portfolio.gates.overdue"), g.overdue, "overdue"],
    [t("portfolio.gates.conditionsOpen"), g.conditionsOpen, "conditionsOpen"],
    [t("portfolio.gates.conditionsOverdue"), g.conditionsOverdue, "conditionsOverdue"],
  ] as const;
  const empty = g.items.length === 0;
  return (
    <Section
      t={t}
      id="gates"
      heading={t("portfolio.gates.heading")}
      description={t("portfolio.gates.description")}
      locale={locale}
      table={empty ? undefined : { dataset: "gates", table: datasetTable("gates", s, t, locale), filters: s.filters }}
    >
      <ul className="figures no-max-width">
        {figures.map(([label, value, key]) => (
          <li key={key} data-figure={key}>
            <span className="figure-value">{formatNumber(value, locale)}</span>
            {label}
          </li>
        ))}
      </ul>
      {empty && <p>{t("portfolio.gates.none")}</p>}
      {g.open + g.conditionsOpen > GATES_DUE_LIMIT && <p>{t("portfolio.gates.limited", { count: GATES_DUE_LIMIT })}</p>}
    </Section>
  );
}

export function Decisions({ s, t, locale }: SectionProps) {
  const outcomes = ["go", "revise", "stop", "adopt"] as const;
  const quarters = [...new Set(s.decisions.map((d) => d.quarter))];
  const data = quarters.map((quarter) => ({
    quarter,
    ...Object.fromEntries(
      outcomes.map((o) => [o, s.decisions.find((d) => d.quarter === quarter && d.outcome === o)?.count ?? 0]),
    ),
  }));
  const series = outcomes.map((o) => ({ key: o, label: t(`portfolio.outcome.${o}`), colour: COLOURS[o] }));
  return (
    <Section
      t={t}
      id="beslutninger"
      heading={t("portfolio.decisions.heading")}
      description={t("portfolio.decisions.description")}
      locale={locale}
      table={{ dataset: "decisions", table: datasetTable("decisions", s, t, locale), filters: s.filters }}
    >
      {data.length > 0 ? (
        <BarsChart
          title={t("portfolio.decisions.heading")}
          data={data}
          xKey="quarter"
          series={series}
          locale={locale}
          stacked
        />
      ) : (
        <p>{t("portfolio.noData")}</p>
      )}
    </Section>
  );
}
