import Link from "next/link";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { listMunicipalities, populationAsOf } from "@/lib/organisations/municipalities";
import { formatDate, formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import { municipalityColumn } from "@/components/places/municipality-column";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("municipalities.title") };
}

export default async function MunicipalitiesPage() {
  const { locale, t } = await getT();
  const [municipalities, asOf] = await Promise.all([listMunicipalities(), populationAsOf()]);
  const regions = [...new Map(municipalities.map((m) => [m.regionCode, m.regionName])).entries()].sort(
    (a, b) => a[0] - b[0],
  );
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
              <Link href={`/regioner/${code}`}>{name}</Link>{" "}
              <span className="font-lead">({t("municipalities.count", { count: inRegion.length })})</span>
            </h2>
            <Table
              caption={t("municipalities.table", { region: name })}
              hideCaption
              rows={inRegion}
              rowKey={(m) => m.code}
              columns={[
                { key: "code", header: t("municipalities.code"), cell: (m) => String(m.code).padStart(3, "0") },
                municipalityColumn(t("municipalities.name")),
                {
                  key: "population",
                  header: t("municipalities.population"),
                  num: true,
                  cell: (m) => formatNumber(m.population, locale),
                },
              ]}
              footer={[[null, t("municipalities.total"), formatNumber(total, locale)]]}
            />
          </section>
        );
      })}
    </>
  );
}
