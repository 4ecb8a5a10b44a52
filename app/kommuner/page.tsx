import Link from "next/link";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { listMunicipalities, populationAsOf } from "@/lib/organisations/municipalities";
import { formatDate, formatNumber } from "@/lib/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("municipalities.title") };
}

export default async function MunicipalitiesPage() {
  const { locale, t } = await getT();
  const [municipalities, asOf] = await Promise.all([listMunicipalities(), populationAsOf()]);
  const regions = [...new Map(municipalities.map((m) => [m.regionCode, m.regionName])).entries()].sort((a, b) => a[0] - b[0]);
  return (
    <>
      <h1>{t("municipalities.heading")}</h1>
      <p className="font-lead">{t("municipalities.lead", { date: asOf ? formatDate(asOf, locale) : "–" })}</p>
      {regions.map(([code, name]) => {
        const inRegion = municipalities.filter((m) => m.regionCode === code);
        const total = inRegion.reduce((s, m) => s + m.population, 0);
        return (
          <section key={code} aria-labelledby={`region-${code}`}>
            <h2 id={`region-${code}`}>
              <Link href={`/regioner/${code}`}>{name}</Link> <span className="font-lead">({t("municipalities.count", { count: inRegion.length })})</span>
            </h2>
            <div className="table-wrap">
              <table className="table table--compact">
                <caption className="sr-only">{t("municipalities.table", { region: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("municipalities.code")}</th>
                    <th scope="col">{t("municipalities.name")}</th>
                    <th scope="col" className="num">{t("municipalities.population")}</th>
                  </tr>
                </thead>
                <tbody>
                  {inRegion.map((m) => (
                    <tr key={m.code}>
                      <td>{String(m.code).padStart(3, "0")}</td>
                      <th scope="row"><Link href={`/kommuner/${m.code}`}>{m.name}</Link></th>
                      <td className="num">{formatNumber(m.population, locale)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <th scope="row">{t("municipalities.total")}</th>
                    <td className="num">{formatNumber(total, locale)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
