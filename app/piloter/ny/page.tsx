import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { creatableCommunities, memberOrganisations } from "@/lib/pilots/editing";
import { PilotForm } from "@/components/pilots/PilotForm";
import { CommunityChoice } from "./CommunityChoice";
import { createPilotAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("pilots.new.title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ faellesskab?: string }> };

export default async function NewPilotPage({ searchParams }: Props) {
  const user = await requireUser("/piloter/ny");
  const { locale, t } = await getT();
  const communities = await creatableCommunities(user);
  if (communities.length === 0) {
    return (
      <>
        <h1>{t("pilots.new.heading")}</h1>
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("pilots.new.notLead")}</p>
          </div>
        </div>
      </>
    );
  }
  // A lead in several communities chooses first: the member organisations depend on the community.
  const wanted = (await searchParams).faellesskab;
  const community = communities.length === 1 ? communities[0] : communities.find((c) => c.slug === wanted);
  const organisations = community ? await memberOrganisations(community.id) : [];
  const ownOrg = organisations.find((o) => o.id === user.organisation.id);
  return (
    <>
      <h1>{t("pilots.new.heading")}</h1>
      <p className="font-lead">{t("pilots.new.lead")}</p>
      {communities.length > 1 && <CommunityChoice communities={communities} current={community?.slug} t={t} />}
      {community && (
        <>
          {communities.length === 1 && (
            <p>
              {t("pilots.form.community")}: <strong>{community.name}</strong>
            </p>
          )}
          <PilotForm
            action={createPilotAction}
            hidden={{ communityId: community.id }}
            initial={{
              title: "",
              problem: "",
              hypothesis: "",
              technologies: [],
              domains: [],
              sdgs: [],
              leadOrganisationId: (ownOrg ?? organisations[0])?.id ?? 0,
              participantIds: [],
              visibility: "MEMBERS",
            }}
            organisations={organisations}
            m={MESSAGES[locale].pilots}
            locale={locale}
            submitLabel={t("pilots.new.create")}
          />
        </>
      )}
    </>
  );
}
