import { datasetTable } from "@/lib/portfolio/export/datasets";
import { Section } from "@/components/portfolio/Section";
import { CapNote } from "@/components/portfolio/CapNote";
import type { SectionProps } from "./props";
import { formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";

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
          <Section
            t={t}
            id="gevinster-alle"
            level={3}
            heading={t("portfolio.benefits.allHeading")}
            locale={locale}
            table={{
              dataset: "benefits",
              table: datasetTable("benefits", s, t, locale),
              filters: s.filters,
              compact: true,
            }}
          >
            <CapNote
              cap={s.caps.benefitPilots}
              text="portfolio.capped.benefits"
              dataset="benefits"
              filters={s.filters}
              t={t}
              locale={locale}
            />
          </Section>
          <Section
            t={t}
            id="gevinster-aar"
            level={3}
            heading={t("portfolio.benefits.byYear")}
            locale={locale}
            table={{
              dataset: "benefit-years",
              table: datasetTable("benefit-years", s, t, locale),
              filters: s.filters,
              compact: true,
            }}
          />
        </>
      )}
      <RealisedProfiles s={s} t={t} locale={locale} />
    </section>
  );
}

/** The benefit profiles' realised values against expected (issue 18): one row per kind, unit and year. */
function RealisedProfiles({ s, t, locale }: SectionProps) {
  const amount = (v: number | null, unit: string) => (v === null ? "" : `${formatNumber(v, locale)} ${unit}`);
  const nowrap = { style: { whiteSpace: "nowrap" } } as const;
  const caption = t("portfolio.benefits.profilesHeading");
  return (
    <>
      <h3 id="gevinster-profiler">{caption}</h3>
      <Table
        caption={caption}
        hideCaption
        testId="benefit-realised"
        rows={s.benefits.realised}
        rowKey={(r) => `${r.benefit}-${r.unit}-${r.year}`}
        empty={t("portfolio.noData")}
        columns={[
          {
            key: "kind",
            header: t("portfolio.benefits.profilesKindUnit"),
            rowHeader: true,
            cell: (r) => `${t(`portfolio.benefit.${r.benefit}`)} (${r.unit})`,
          },
          { key: "year", header: t("portfolio.benefits.year"), cell: (r) => r.year },
          {
            key: "expected",
            header: t("portfolio.benefits.expected"),
            num: true,
            cellProps: nowrap,
            cell: (r) => amount(r.expected, r.unit),
          },
          {
            key: "realised",
            header: t("portfolio.benefits.realised"),
            num: true,
            cellProps: nowrap,
            cell: (r) => amount(r.realised, r.unit),
          },
        ]}
      />
    </>
  );
}
