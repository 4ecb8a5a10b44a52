import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { findRegion } from "@/lib/places/lookup";
import { placeProfile } from "@/lib/places/profile";
import { regionMunicipalities } from "@/lib/places/region";
import { PlaceHeader } from "@/components/places/PlaceHeader";
import { PlaceProfile } from "@/components/places/PlaceProfile";
import { Table } from "@/components/ui/Table";
import { municipalityColumn } from "@/components/places/municipality-column";
import styles from "@/components/search/search.module.css";

// A region's page: the pilots of every organisation in it together, then each municipality's share.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function load(params: Props["params"]) {
  const raw = (await params).code;
  return /^\d{4}$/.test(raw) ? findRegion(Number(raw)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const r = await load(params);
  return { title: r ? r.name : t("errors.notFoundTitle") };
}

export default async function RegionPage({ params }: Props) {
  const { locale, t } = await getT();
  const region = await load(params);
  if (!region) notFound();
  const user = await currentUser();
  const [profile, municipalities] = await Promise.all([
    placeProfile(
      user,
      region.organisations.map((o) => o.id),
    ),
    regionMunicipalities(user, region.code),
  ]);
  const others = region.organisations.filter((o) => o.kind !== "KOMMUNE");
  const n = (x: number) => formatNumber(x, locale);
  return (
    <>
      <PlaceHeader
        name={region.name}
        lead={t("search.place.regionLead", { code: region.code, count: municipalities.length })}
        user={user}
        t={t}
      />
      <p>{t("search.place.regionIntro")}</p>
      {others.length > 0 && (
        <ul>
          {others.map((o) => (
            <li key={o.id}>
              <Link href={`/organisationer/${o.slug}`}>{o.name}</Link> ({t(`orgKind.${o.kind}`)})
            </li>
          ))}
        </ul>
      )}
      <PlaceProfile name={region.name} profile={profile} locale={locale} t={t} />

      <h2>{t("search.place.regionMunicipalities")}</h2>
      <Table
        caption={t("search.place.regionMunicipalitiesCaption", { name: region.name })}
        hideCaption
        regionClassName={styles.numbers}
        rows={municipalities}
        rowKey={(m) => m.code}
        columns={[
          municipalityColumn(t("search.place.colMunicipality")),
          {
            key: "population",
            header: t("search.place.colPopulation"),
            num: true,
            cell: (m) => (m.population === null ? "–" : n(m.population)),
          },
          { key: "led", header: t("search.place.colLed"), num: true, cell: (m) => n(m.led) },
          { key: "joined", header: t("search.place.colJoined"), num: true, cell: (m) => n(m.joined) },
        ]}
      />
    </>
  );
}
