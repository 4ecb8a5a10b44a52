import { datasetTable } from "@/lib/portfolio/export/datasets";
import { Section } from "@/components/portfolio/Section";
import { CapNote } from "@/components/portfolio/CapNote";
import type { SectionProps } from "./props";
import { formatNumber } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";

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
  const n = (v: number | null) => (v === null ? "" : formatNumber(v, locale));
  const caption = t("portfolio.benefits.profilesHeading");
  return (
    <>
      <h3 id="gevinster-profiler">{caption}</h3>
      {s.benefits.realised.length === 0 ? (
        <p>{t("portfolio.noData")}</p>
      ) : (
        <TableRegion label={caption}>
          <table className="table table--compact" data-testid="benefit-realised">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("portfolio.benefits.profilesKindUnit")}</th>
                <th scope="col">{t("portfolio.benefits.year")}</th>
                <th scope="col" className="num">
                  {t("portfolio.benefits.expected")}
                </th>
                <th scope="col" className="num">
                  {t("portfolio.benefits.realised")}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.benefits.realised.map((r) => (
                <tr key={`${r.benefit}-${r.unit}-${r.year}`}>
                  <th scope="row">{`${t(`portfolio.benefit.${r.benefit}`)} (${r.unit})`}</th>
                  <td>{r.year}</td>
                  <td className="num" style={{ whiteSpace: "nowrap" }}>
                    {r.expected === null ? "" : `${n(r.expected)} ${r.unit}`}
                  </td>
                  <td className="num" style={{ whiteSpace: "nowrap" }}>
                    {r.realised === null ? "" : `${n(r.realised)} ${r.unit}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
