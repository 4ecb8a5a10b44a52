import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getCommunityPage } from "@/lib/communities/queries";
import { formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import { JoinSection } from "./JoinSection";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const community = await getCommunityPage((await params).slug, null);
  return { title: community?.name ?? t("errors.notFoundTitle") };
}

export default async function CommunityPage({ params }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const community = await getCommunityPage((await params).slug, user);
  if (!community) notFound();
  const hasDemo = community.members.some((m) => m.isDemo);
  const statuses = ["DRAFT", "ACTIVE", "ADOPTED", "STOPPED"] as const;
  return (
    <>
      <h1>{community.name}</h1>
      <p className="font-lead">{community.description}</p>
      <p>
        {t("communities.secretariat")}: {community.secretariatOrg.name}
        {community.website && (
          <>
            {" · "}
            <a href={community.website}>{t("communities.website")}</a>
          </>
        )}
      </p>
      {can(user, "community.manage", { communityId: community.id }) && (
        <p>
          <Link href={`/faellesskaber/${community.slug}/administration`} className="button button-secondary">
            {t("admin.link")}
          </Link>
        </p>
      )}

      <h2>{t("communities.pilotsHeading")}</h2>
      <ul className="figures no-max-width">
        {statuses.map((s) => (
          <li key={s}>
            <span className="figure-value">
              {formatNumber(
                (community.pilotsByStatus[s] ?? 0) + (s === "DRAFT" ? (community.pilotsByStatus.SUBMITTED ?? 0) : 0),
                locale,
              )}
            </span>
            {s === "ACTIVE" ? t("home.pilotsCount") : t(`phaseKind.${s}`)}
          </li>
        ))}
      </ul>

      <h2>
        {t("communities.members")} ({community.members.length})
      </h2>
      {hasDemo && <p className="form-hint">{t("communities.demoMemberNote")}</p>}
      <Table
        caption={t("communities.memberTable", { name: community.name })}
        hideCaption
        rows={community.members}
        rowKey={(m) => m.organisation.id}
        columns={[
          {
            key: "organisation",
            header: t("communities.organisation"),
            rowHeader: true,
            cell: (m) => (
              <>
                {m.organisation.name} {m.isDemo && <span className="tag">{t("communities.demoMember")}</span>}
              </>
            ),
          },
          { key: "kind", header: t("communities.kind"), cell: (m) => t(`orgKind.${m.organisation.kind}`) },
          { key: "region", header: t("communities.region"), cell: (m) => m.organisation.region?.name ?? "–" },
          {
            key: "population",
            header: t("communities.population"),
            num: true,
            cell: (m) => (m.organisation.population ? formatNumber(m.organisation.population, locale) : "–"),
          },
        ]}
      />

      <JoinSection
        community={{ id: community.id, slug: community.slug, secretariatOrgId: community.secretariatOrg.id }}
        user={user}
        t={t}
        locale={locale}
      />
    </>
  );
}
