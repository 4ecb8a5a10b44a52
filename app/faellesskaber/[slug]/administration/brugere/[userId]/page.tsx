import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import { getCommunityUser } from "@/lib/users/admin-queries";
import { adminPage } from "../../access";
import { AdminNav } from "../../AdminNav";
import { ActionButton } from "../../ActionButton";
import { deactivateUserAction, reactivateUserAction } from "../actions";
import { userStatus } from "../UserTable";
import { RolesForm } from "./RolesForm";
import { RenewInviteForm } from "./RenewInviteForm";
import { EraseForm } from "./EraseForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.users.title"), robots: { index: false } };
}

export default async function UserPage({ params }: Props) {
  const { slug, userId } = await params;
  const { user, community, base } = await adminPage(slug, `/brugere/${encodeURIComponent(userId)}`);
  const id = /^\d{1,9}$/.test(userId) ? Number(userId) : NaN;
  const person = Number.isInteger(id) ? await getCommunityUser(community.id, id) : null;
  if (!person) notFound();
  const { locale, t } = await getT();
  const messages = MESSAGES[locale];
  const ref = { communityId: community.id, userId: person.id };
  return (
    <>
      <AdminNav slug={community.slug} current="/brugere" t={t} />
      <p>
        <Link href={`${base}/brugere`}>{t("admin.users.back")}</Link>
      </p>
      <h1>{person.name}</h1>
      <dl>
        <dt>{t("admin.users.email")}</dt>
        <dd>{person.email}</dd>
        <dt>{t("admin.users.organisation")}</dt>
        <dd>{person.organisation.name}</dd>
        <dt>{t("admin.users.status")}</dt>
        <dd>{userStatus(person, t)}</dd>
      </dl>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t("admin.users.rolesHeading")}</h2>
        <RolesForm
          {...ref}
          roles={person.roles}
          legend={t("admin.users.rolesLegend", { name: community.name })}
          messages={messages}
        />
      </section>

      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{t("admin.users.accessHeading")}</h2>
        <p>{t("admin.users.accessHint")}</p>
        {person.rolesElsewhere && <p className="form-hint">{t("admin.users.rolesElsewhere")}</p>}
        <p>
          {person.deactivatedAt
            ? t("admin.users.deactivatedSince", { date: formatDate(person.deactivatedAt, locale) })
            : t("admin.users.activeNow")}
        </p>
        {person.deactivatedAt ? (
          <ActionButton
            action={reactivateUserAction}
            fields={ref}
            label={t("admin.users.reactivate")}
            variant="primary"
          />
        ) : (
          <ActionButton action={deactivateUserAction} fields={ref} label={t("admin.users.deactivate")} />
        )}
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t("privacy.admin.heading")}</h2>
        {user.isPlatformAdmin || !person.rolesElsewhere ? (
          <>
            <p>{t("privacy.admin.exportHint")}</p>
            <p>
              <a href={`${base}/brugere/${person.id}/personoplysninger`} download>
                {t("privacy.admin.exportLink", { name: person.name })}
              </a>
            </p>
            <h3>{t("privacy.admin.eraseHeading")}</h3>
            <p>{t("privacy.admin.eraseHint")}</p>
            <EraseForm {...ref} email={person.email} usersHref={`${base}/brugere`} m={messages.privacy.admin} />
          </>
        ) : (
          <p>{t("privacy.admin.elsewhere")}</p>
        )}
      </section>

      {!person.activated && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t("admin.users.inviteHeading")}</h2>
          <p>
            {person.inviteExpiresAt
              ? t("admin.users.inviteOpen", { date: formatDate(person.inviteExpiresAt, locale) })
              : t("admin.users.inviteNone")}
          </p>
          <RenewInviteForm {...ref} messages={messages} locale={locale} />
        </section>
      )}
    </>
  );
}
