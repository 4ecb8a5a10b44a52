import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { findMunicipality } from "@/lib/places/lookup";
import { placeProfile } from "@/lib/places/profile";
import { PlaceHeader } from "@/components/places/PlaceHeader";
import { PlaceProfile } from "@/components/places/PlaceProfile";
import { PlaceSpread } from "@/components/places/PlaceSpread";
import { organisationSpread } from "@/lib/spread/queries";
import { OrganisationChallenges } from "@/components/challenges/OrganisationChallenges";

// A municipality's page: what it leads, joins, pays and has learned (issue 6), as far as the viewer may see.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function load(params: Props["params"]) {
  const raw = (await params).code;
  return /^\d{3}$/.test(raw) ? findMunicipality(Number(raw)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const m = await load(params);
  return { title: m ? m.name : t("errors.notFoundTitle") };
}

export default async function MunicipalityPage({ params }: Props) {
  const { locale, t } = await getT();
  const m = await load(params);
  if (!m) notFound();
  const user = await currentUser();
  const [profile, spread] = await Promise.all([placeProfile(user, [m.id]), organisationSpread(user, m.id)]);
  const lead = t("search.place.municipalityLead", {
    code: String(m.municipalityCode).padStart(3, "0"),
    region: m.region?.name ?? "–",
    population: m.population === null ? "–" : formatNumber(m.population, locale),
  });
  return (
    <>
      <PlaceHeader name={m.name} lead={lead} communities={m.memberships.map((x) => x.community)} user={user} t={t} />
      <PlaceProfile name={m.name} profile={profile} locale={locale} t={t} />
      <PlaceSpread spread={spread} t={t} locale={locale} />
      <OrganisationChallenges user={user} organisationId={m.id} t={t} locale={locale} />
    </>
  );
}
