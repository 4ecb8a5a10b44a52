import { datasetTable } from "@/lib/portfolio/export/datasets";
import { Section } from "@/components/portfolio/Section";
import { CapNote } from "@/components/portfolio/CapNote";
import type { SectionProps } from "./props";

export function Benefits({ s, t, locale }: SectionProps) {
  const empty = s.benefits.rows.length === 0;
  return (
    <section id="gevinster" aria-labelledby="gevinster-heading">
      <h2 id="gevinster-heading">{t("portfolio.benefits.heading")}</h2>
      <p>{t("portfolio.benefits.description")}</p>
      {empty ? (
        <p>{t("portfolio.noData")}</p>
      ) : (
        <>
          <Section t={t} id="gevinster-alle" level={3} heading={t("portfolio.benefits.allHeading")} locale={locale} table={{ dataset: "benefits", table: datasetTable("benefits", s, t, locale), filters: s.filters, compact: true }}>
            <CapNote cap={s.caps.benefitPilots} text="portfolio.capped.benefits" dataset="benefits" filters={s.filters} t={t} locale={locale} />
          </Section>
          <Section t={t} id="gevinster-aar" level={3} heading={t("portfolio.benefits.byYear")} locale={locale} table={{ dataset: "benefit-years", table: datasetTable("benefit-years", s, t, locale), filters: s.filters, compact: true }} />
        </>
      )}
    </section>
  );
}
