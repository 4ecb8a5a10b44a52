import { formatKroner, formatNumber } from "@/lib/format";
import { datasetTable } from "@/lib/portfolio/export/datasets";
import { FunnelBars } from "@/components/charts/FunnelBars";
import { Section } from "@/components/portfolio/Section";
import type { SectionProps } from "./props";

/** Key figures and the funnel: the first thing a steering group asks. */
export function KeyFigures({ s, t, locale }: SectionProps) {
  const n = (v: number) => formatNumber(v, locale);
  const figures = [
    [t("portfolio.figures.pilots"), n(s.funnel.pilots), "pilots"],
    [t("portfolio.figures.active"), n(s.funnel.active), "active"],
    [t("portfolio.figures.adopted"), n(s.funnel.adopted), "adopted"],
    [t("portfolio.figures.stopped"), n(s.funnel.stopped), "stopped"],
    [t("portfolio.figures.granted"), formatKroner(s.money.total.granted, locale), "granted"],
    [t("portfolio.figures.spent"), formatKroner(s.money.total.spent, locale), "spent"],
  ];
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t("portfolio.figures.heading")}</h2>
      <ul className="figures no-max-width">
        {figures.map(([label, value, key]) => (
          <li key={key} data-figure={key}>
            {/* A sum of kroner is long: it shrinks to its card rather than run out of it (globals.css). */}
            <span className="figure-value" data-size={value.length > 9 ? "long" : undefined}>
              {value}
            </span>
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Funnel({ s, t, locale }: SectionProps) {
  const n = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null) =>
    v === null
      ? undefined
      : t("portfolio.funnel.passRate") +
        " " +
        new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
          style: "percent",
          maximumFractionDigits: 0,
        }).format(v);
  const bars = [
    ...s.funnel.stages.map((x) => ({
      label: t(`portfolio.phase.${x.phase}`),
      count: x.reached,
      note: pct(x.passRate),
    })),
    {
      label: t("portfolio.funnel.adopted"),
      count: s.funnel.adopted,
      note: t("portfolio.funnel.inOperation", { count: n(s.funnel.inOperation) }),
    },
  ];
  return (
    <Section
      t={t}
      id="tragt"
      heading={t("portfolio.funnel.heading")}
      description={t("portfolio.funnel.description")}
      locale={locale}
      table={{ dataset: "funnel", table: datasetTable("funnel", s, t, locale), filters: s.filters }}
    >
      <FunnelBars bars={bars} locale={locale} />
      {s.funnel.drafts > 0 && <p>{t("portfolio.funnel.drafts", { count: s.funnel.drafts })}</p>}
    </Section>
  );
}
