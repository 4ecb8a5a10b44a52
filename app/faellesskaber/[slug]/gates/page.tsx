import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { findManagedCommunity } from "@/lib/communities/access";
import { getT } from "@/lib/i18n/server";
import { AdminNav } from "../administration/AdminNav";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatKroner } from "@/lib/format";
import { gateOverview } from "@/lib/gates/queries/overview";
import { GateNotice } from "@/components/gates/GateNotice";
import { OpenGates, OverduePhases } from "./GateTables";
import { OpenConditions, OwedLessons } from "./FollowUpTables";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ klar?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("gates.overview.title"), robots: { index: false } };
}

/** The secretariat's view of the community's gates; anyone else gets the 404 of a missing page. */
export default async function GateOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/faellesskaber/${slug}/gates`);
  const community = await findManagedCommunity(slug, user);
  if (!community) notFound();
  const { locale, t } = await getT();
  const m = MESSAGES[locale].gates;
  const o = await gateOverview(user, community.id);
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <>
      <AdminNav slug={community.slug} current="/gates" t={t} />
      <h1>{t("gates.overview.heading", { community: community.name })}</h1>
      <GateNotice notice={(await searchParams).klar} m={m.notice} />
      <p data-testid="pool-line">
        {t("gates.overview.pool", { year: o.pool.year, balance: kr(o.pool.balance), requested: kr(o.requestedTotal) })}
      </p>
      {o.requestedTotal > o.pool.balance && (
        <p>
          <strong>{m.overview.poolShort}</strong>
        </p>
      )}
      <OpenGates items={o.open} locale={locale} />
      <OverduePhases items={o.overduePhases} locale={locale} />
      <OpenConditions items={o.conditions} slug={community.slug} locale={locale} />
      <OwedLessons items={o.owed} locale={locale} />
    </>
  );
}
