import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { membershipOverview } from "@/lib/communities/admin-queries";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { ActionButton } from "../ActionButton";
import { AddMemberForm } from "./AddMemberForm";
import { MemberTable } from "./MemberTable";
import { decideRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.members.title"), robots: { index: false } };
}

export default async function MembersPage({ params }: Props) {
  const { community } = await adminPage((await params).slug, "/medlemmer");
  const { locale, t } = await getT();
  const { members, requests, candidates } = await membershipOverview(community.id);
  const m = MESSAGES[locale];
  return (
    <>
      <AdminNav slug={community.slug} current="/medlemmer" t={t} />
      <h1>{t("admin.members.heading", { name: community.name })}</h1>

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("admin.requests.heading")}</h2>
        {requests.length === 0 ? (
          <p>{t("admin.requests.none")}</p>
        ) : (
          <ul className="cards no-max-width">
            {requests.map((r) => (
              <li key={r.id}>
                <h3 className="h4">{r.organisation.name}</h3>
                <p>
                  <span className="sr-only">{t("admin.requests.note")}: </span>
                  {r.requestNote ? <q>{r.requestNote}</q> : <em>{t("admin.requests.noNote")}</em>}
                </p>
                {(["ACCEPT", "DECLINE"] as const).map((decision) => (
                  <ActionButton
                    key={decision}
                    action={decideRequestAction}
                    fields={{ communityId: community.id, organisationId: r.organisation.id, decision }}
                    label={t(decision === "ACCEPT" ? "admin.requests.accept" : "admin.requests.decline")}
                    ariaLabel={t(decision === "ACCEPT" ? "admin.requests.acceptLabel" : "admin.requests.declineLabel", {
                      name: r.organisation.name,
                    })}
                    variant={decision === "ACCEPT" ? "primary" : "secondary"}
                  />
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("admin.members.addHeading")}</h2>
        <AddMemberForm communityId={community.id} candidates={candidates} m={m.admin.members} kinds={m.orgKind} />
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("admin.members.count", { count: members.length })}</h2>
        <MemberTable communityId={community.id} communityName={community.name} members={members} t={t} />
      </section>
    </>
  );
}
