import { datasetTable } from "@/lib/portfolio/export/datasets";
import { SdgBars } from "@/components/charts/SdgBars";
import { Section } from "@/components/portfolio/Section";
import type { SectionProps } from "./props";

export function Sdgs({ s, t, locale }: SectionProps) {
  return (
    <Section
      t={t}
      id="verdensmaal"
      heading={t("portfolio.sdgs.heading")}
      description={t("portfolio.sdgs.description")}
      locale={locale}
      table={{ dataset: "sdgs", table: datasetTable("sdgs", s, t, locale), filters: s.filters, compact: true }}
    >
      <SdgBars coverage={s.sdgs} locale={locale} />
    </Section>
  );
}

/** The technology × domain matrix is a table: a heatmap would only repeat its numbers in colour. */
export function TechDomain({ s, t, locale }: SectionProps) {
  return (
    <Section
      t={t}
      id="teknologi"
      heading={t("portfolio.techDomain.heading")}
      description={t("portfolio.techDomain.description")}
      locale={locale}
      table={{
        dataset: "technology-domain",
        table: datasetTable("technology-domain", s, t, locale),
        filters: s.filters,
        compact: true,
      }}
    />
  );
}
