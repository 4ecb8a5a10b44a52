import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { findOpenInvite } from "@/lib/users/invites";
import { InviteForm } from "./InviteForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// The token is in the URL: no referrer may carry it to another site, and no search engine keep it.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.invite.title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const { locale, t } = await getT();
  const invite = await findOpenInvite(token);
  if (!invite) {
    return (
      <>
        <h1>{t("admin.invite.invalidHeading")}</h1>
        <p>{t("admin.invite.invalid")}</p>
      </>
    );
  }
  const { user } = invite;
  return (
    <>
      <h1>{t("admin.invite.heading")}</h1>
      <p>{t("admin.invite.lead", { name: user.name, email: user.email, organisation: user.organisation.name })}</p>
      <InviteForm token={token} email={user.email} m={MESSAGES[locale].admin.invite} />
    </>
  );
}
