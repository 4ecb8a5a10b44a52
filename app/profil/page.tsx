import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getProfile } from "@/lib/users/profile";
import { Table } from "@/components/ui/Table";
import { ProfileForms } from "./ProfileForms";
import { PreferencesForm } from "@/components/notifications/PreferencesForm";
import { getPreferences } from "@/lib/notifications/preferences";
import { mailConfigured } from "@/lib/mail/transport";
import { openInvitationsFor } from "@/lib/users/community-invitations";
import { formatDate } from "@/lib/format";
import { InvitationAnswers } from "./InvitationAnswers";
import { FormMessage } from "@/components/forms/FormMessage";
import { SignOutEverywhere } from "./SignOutEverywhere";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("profile.title") };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ invitation?: string }> }) {
  const user = await requireUser("/profil");
  const { invitation: answered } = await searchParams;
  const { locale, t } = await getT();
  const [profile, notices, invitations] = await Promise.all([
    getProfile(user),
    getPreferences(user.id),
    openInvitationsFor(user),
  ]);
  return (
    <>
      <h1>{t("profile.heading")}</h1>
      {(answered === "accepted" || answered === "declined") && (
        <FormMessage status="ok" message={t(`admin.invitations.${answered}`)} />
      )}
      {invitations.length > 0 && (
        <section aria-labelledby="invitationer">
          <h2 id="invitationer">{t("admin.invitations.heading")}</h2>
          <p>{t("admin.invitations.lead")}</p>
          <ul className="nobullet-list">
            {invitations.map((inv) => (
              <li key={inv.id}>
                <h3 className="h5">{inv.community.name}</h3>
                <p>
                  {t("admin.invitations.roles", { roles: inv.roles.map((r) => t(`role.${r}`)).join(", ") })}.{" "}
                  {t("admin.invitations.expires", { date: formatDate(inv.expiresAt, locale) })}
                </p>
                <InvitationAnswers
                  id={inv.id}
                  texts={{
                    accept: t("admin.invitations.accept"),
                    decline: t("admin.invitations.decline"),
                    acceptLabel: t("admin.invitations.acceptLabel", { community: inv.community.name }),
                    declineLabel: t("admin.invitations.declineLabel", { community: inv.community.name }),
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl>
        <dt>{t("profile.email")}</dt>
        <dd>{profile.email}</dd>
        <dt>{t("profile.organisation")}</dt>
        <dd>{profile.organisation.name}</dd>
      </dl>
      <h2>{t("profile.roles")}</h2>
      {profile.roles.length === 0 && !user.isPlatformAdmin ? (
        <p>{t("profile.noRoles")}</p>
      ) : (
        <Table
          caption={t("profile.roles")}
          hideCaption
          rows={[
            ...(user.isPlatformAdmin ? [{ community: null, role: "PLATFORM_ADMIN" as const }] : []),
            ...profile.roles,
          ]}
          rowKey={(r) => (r.community ? `${r.community.slug}-${r.role}` : r.role)}
          columns={[
            {
              key: "community",
              header: t("profile.community"),
              cell: (r) =>
                r.community ? <Link href={`/faellesskaber/${r.community.slug}`}>{r.community.name}</Link> : "–",
            },
            { key: "role", header: t("profile.role"), cell: (r) => t(`role.${r.role}`) },
          ]}
        />
      )}
      {user.isPlatformAdmin && (
        <p>
          <Link href="/administration/befolkning">{t("population.heading")}</Link>
        </p>
      )}
      <p>
        <Link href="/profil/api-noegler">{t("api.tokens.heading")}</Link>
      </p>
      <ProfileForms m={MESSAGES[locale].profile} name={profile.name} />
      <SignOutEverywhere
        texts={{
          heading: t("profile.signOutEverywhereHeading"),
          lead: t("profile.signOutEverywhereLead"),
          button: t("profile.signOutEverywhere"),
        }}
      />
      <PreferencesForm
        m={MESSAGES[locale].notifications}
        languages={[
          { value: "da", label: t("notifications.prefs.languages.da") },
          { value: "en", label: t("notifications.prefs.languages.en") },
        ]}
        prefs={notices.prefs}
        locale={notices.locale}
        mailConfigured={mailConfigured()}
      />
    </>
  );
}
