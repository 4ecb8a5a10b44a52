import { CommunityCards } from "@/components/communities/CommunityCards";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listCommunities } from "@/lib/communities/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("communities.title") };
}

export default async function CommunitiesPage() {
  const { t } = await getT();
  const communities = await listCommunities(await currentUser());
  return (
    <>
      <h1>{t("communities.heading")}</h1>
      <p className="font-lead">{t("communities.lead")}</p>
      <CommunityCards communities={communities} t={t} nameAs="h2" withSecretariat />
    </>
  );
}
