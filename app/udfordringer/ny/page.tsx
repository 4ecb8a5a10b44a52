import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { postingCommunities } from "@/lib/challenges/queries";
import { ChallengeForm } from "@/components/challenges/ChallengeForm";
import { postChallengeAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("challenges.post") };
}

export default async function NewChallengePage() {
  const { locale, t } = await getT();
  const user = await currentUser();
  if (!user) redirect("/log-ind?callbackUrl=/udfordringer/ny");
  const communities = await postingCommunities(user);
  return (
    <>
      <h1>{t("challenges.post")}</h1>
      <p className="font-lead">{t("challenges.lead")}</p>
      {communities.length === 0 ? (
        <p>{t("challenges.errors.notMember")}</p>
      ) : (
        <ChallengeForm
          action={postChallengeAction}
          communities={communities}
          m={MESSAGES[locale].challenges}
          pm={MESSAGES[locale].pilots}
          locale={locale}
        />
      )}
    </>
  );
}
