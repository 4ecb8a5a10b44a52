import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { findManagedCommunity } from "@/lib/communities/access";
import { getT } from "@/lib/i18n/server";
import { AdminNav } from "../administration/AdminNav";
import { MESSAGES } from "@/lib/i18n/messages";
import { communityCriteria } from "@/lib/gates/criteria";
import { CriteriaForm } from "./CriteriaForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("gates.criteria.title"), robots: { index: false } };
}

/** The secretariat edits the criteria and weights that future gate reviews are scored on. */
export default async function CriteriaPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/faellesskaber/${slug}/kriterier`);
  const community = await findManagedCommunity(slug, user);
  if (!community) notFound();
  const { locale, t } = await getT();
  const criteria = await communityCriteria(community.id);
  return (
    <>
      <p>
        <Link href={`/faellesskaber/${community.slug}/gates`}>
          {t("gates.overview.heading", { community: community.name })}
        </Link>
      </p>
      <AdminNav slug={community.slug} current="/kriterier" t={t} />
      <h1>{t("gates.criteria.heading2", { community: community.name })}</h1>
      <p className="font-lead">{t("gates.criteria.lead")}</p>
      <CriteriaForm communityId={community.id} criteria={criteria} m={MESSAGES[locale].gates} />
    </>
  );
}
