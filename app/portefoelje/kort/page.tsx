import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { pickMessages, PORTFOLIO_MESSAGES } from "@/lib/i18n/pick";
import { pageQuery } from "@/lib/portfolio/filters";
import { loadMunicipalities } from "@/lib/portfolio/sections/municipalities";
import { municipalitiesTable } from "@/lib/portfolio/export/datasets-more";
import { DenmarkMap, MapLegend } from "@/components/map/DenmarkMap";
import { FilterForm } from "@/components/portfolio/FilterForm";
import { DataTable } from "@/components/charts/DataTable";
import { Downloads } from "@/components/portfolio/Downloads";
import { SitesDownload } from "@/components/map/SitesDownload";
import { AnonymousNote } from "../AnonymousNote";
import { portfolioRequest, type PortfolioSearch } from "../portfolio-request";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("portfolio.map.title") };
}

type Props = { searchParams: PortfolioSearch };

/** The map is drawn on the server (components/map): no tiles, no client script; the filters are a GET form. */
export default async function PortfolioMapPage({ searchParams }: Props) {
  const { locale, t, user, options, filters } = await portfolioRequest(searchParams);
  const counts = await loadMunicipalities(user, filters);
  const taking = counts.filter((c) => c.pilots > 0).length;
  // Municipalities with pilots first, most first: the table answers "where?" before listing the rest.
  const table = municipalitiesTable(
    { municipalities: [...counts].sort((a, b) => b.pilots - a.pilots || a.code - b.code) },
    t,
  );
  return (
    <>
      <p>
        <Link href={`/portefoelje${pageQuery(filters)}`}>{t("portfolio.map.back")}</Link>
      </p>
      <h1>{t("portfolio.map.heading")}</h1>
      <p className="font-lead">{t("portfolio.map.lead")}</p>
      {!user && <AnonymousNote t={t} />}
      <FilterForm
        action="/portefoelje/kort"
        filters={filters}
        options={options}
        messages={pickMessages(locale, PORTFOLIO_MESSAGES)}
      />
      <DenmarkMap
        counts={counts}
        tableId="kommunetabel"
        labels={{
          title: t("portfolio.map.svgTitle"),
          description: t("portfolio.map.svgDescription", { count: taking }),
          dot: (name, count) => t("portfolio.map.municipalityLabel", { name, count }),
          bornholm: t("portfolio.map.bornholm"),
          skip: t("portfolio.map.skip"),
        }}
      />
      <MapLegend
        labels={{
          legend: t("portfolio.map.legend"),
          none: t("portfolio.map.legendNone"),
          some: t("portfolio.map.legendSome"),
          many: t("portfolio.map.legendMany"),
        }}
      />
      <p className="form-hint">{t("portfolio.map.attribution")}</p>
      <section id="kommunetabel" aria-labelledby="kommunetabel-heading" tabIndex={-1}>
        <h2 id="kommunetabel-heading">{t("portfolio.map.tableHeading")}</h2>
        <DataTable table={table} locale={locale} testId="table-municipalities" compact />
        <Downloads dataset="municipalities" name={table.name} filters={filters} t={t} />
      </section>
      <SitesDownload t={t} />
    </>
  );
}
