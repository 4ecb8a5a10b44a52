import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { listCommunityUsers } from "@/lib/users/admin-queries";
import { organisationOptions } from "@/lib/communities/admin-queries";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { CreateUserForm } from "./CreateUserForm";
import { AddExistingUserForm } from "./AddExistingUserForm";
import { UserTable } from "./UserTable";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.users.title"), robots: { index: false } };
}

export default async function UsersPage({ params }: Props) {
  const { community, base } = await adminPage((await params).slug, "/brugere");
  const { locale, t } = await getT();
  const [users, organisations] = await Promise.all([listCommunityUsers(community.id), organisationOptions()]);
  return (
    <>
      <AdminNav slug={community.slug} current="/brugere" t={t} />
      <h1>{t("admin.users.heading", { name: community.name })}</h1>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{t("admin.users.createHeading")}</h2>
        <p>{t("admin.users.createLead")}</p>
        <CreateUserForm
          communityId={community.id}
          communityName={community.name}
          organisations={organisations}
          messages={MESSAGES[locale]}
          locale={locale}
        />
      </section>
      <section aria-labelledby="existing-heading">
        <h2 id="existing-heading">{t("admin.users.existingHeading")}</h2>
        <p>{t("admin.users.existingLead")}</p>
        <AddExistingUserForm communityId={community.id} communityName={community.name} messages={MESSAGES[locale]} />
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t("admin.users.count", { count: users.length })}</h2>
        <UserTable base={base} communityName={community.name} users={users} t={t} />
      </section>
    </>
  );
}
