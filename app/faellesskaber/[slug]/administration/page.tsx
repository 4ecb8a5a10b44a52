import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import { pendingRequestCount } from "@/lib/communities/admin-queries";
import { adminPage } from "./access";
import { AdminNav } from "./AdminNav";
import { MESSAGES } from "@/lib/i18n/messages";
import { evidenceShare } from "@/lib/tripwire/setting";
import { EvidenceShareForm } from "@/components/tripwire/EvidenceShareForm";
import { setEvidenceShareAction } from "./tripwire-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.title"), robots: { index: false } };
}

export default async function AdministrationPage({ params }: Props) {
  const { user, community, base } = await adminPage((await params).slug, "");
  const { t, locale } = await getT();
  const evidenceSharePercent = await evidenceShare(community.id);
  const pending = await pendingRequestCount(community.id);
  const sections = [
    {
      href: `${base}/medlemmer`,
      title: t("admin.nav.members"),
      text: t("admin.overview.members"),
      note: pending > 0 ? t("admin.overview.pending", { count: pending }) : null,
    },
    { href: `${base}/brugere`, title: t("admin.nav.users"), text: t("admin.overview.users"), note: null },
    ...(can(user, "pilot.approve", { communityId: community.id })
      ? [
          {
            href: `/faellesskaber/${community.slug}/godkendelser`,
            title: t("funding.approvalsTitle"),
            text: t("funding.approvalsLead"),
            note: null,
          },
        ]
      : []),
    ...(can(user, "community.pool", { communityId: community.id })
      ? [{ href: `${base}/pulje`, title: t("funding.poolTitle"), text: t("funding.poolLead"), note: null }]
      : []),
    // The audit trail has its own permission; today the secretariat holds both.
    ...(can(user, "community.audit", { communityId: community.id })
      ? [{ href: `${base}/revisionsspor`, title: t("admin.nav.audit"), text: t("admin.overview.audit"), note: null }]
      : []),
  ];
  return (
    <>
      <AdminNav slug={community.slug} current="" t={t} />
      <h1>{t("admin.heading", { name: community.name })}</h1>
      <p className="font-lead">{t("admin.lead")}</p>
      <ul className="cards no-max-width">
        {sections.map((s) => (
          <li key={s.href}>
            <h2 className="h3">
              <Link href={s.href}>{s.title}</Link>
            </h2>
            <p>{s.text}</p>
            {s.note && (
              <p>
                <strong>{s.note}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
      <EvidenceShareForm
        action={setEvidenceShareAction}
        communityId={community.id}
        share={evidenceSharePercent}
        m={MESSAGES[locale].tripwire}
      />
    </>
  );
}
