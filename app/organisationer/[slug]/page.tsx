import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { findOrganisation } from "@/lib/places/lookup";
import { placeProfile } from "@/lib/places/profile";
import { PlaceHeader } from "@/components/places/PlaceHeader";
import { PlaceProfile } from "@/components/places/PlaceProfile";

// Any organisation — a region, a university, a secretariat — by its slug. A municipality has its own
// address under /kommuner, by the code people know it by.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = (await params).slug;
  return /^[a-z0-9-]{1,80}$/.test(slug) ? findOrganisation(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const org = await load(params);
  return { title: org ? org.name : t("errors.notFoundTitle") };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, t } = await getT();
  const org = await load(params);
  if (!org) notFound();
  if (org.kind === "KOMMUNE" && org.municipalityCode) permanentRedirect(`/kommuner/${org.municipalityCode}`);
  const user = await currentUser();
  const profile = await placeProfile(user, [org.id]);
  const kind = t(`orgKind.${org.kind}`);
  const lead = org.region
    ? t("search.place.orgLeadRegion", { kind, region: org.region.name })
    : t("search.place.orgLead", { kind });
  return (
    <>
      <PlaceHeader
        name={org.name}
        lead={lead}
        communities={org.memberships.map((x) => x.community)}
        user={user}
        t={t}
      />
      <PlaceProfile name={org.name} profile={profile} locale={locale} t={t} />
    </>
  );
}
