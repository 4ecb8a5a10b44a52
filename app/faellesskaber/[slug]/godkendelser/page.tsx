import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { findManagedCommunity } from "@/lib/communities/access";
import { getT } from "@/lib/i18n/server";
import { formatKroner } from "@/lib/format";
import { approvalQueue } from "@/lib/pilots/approval-queue";
import { AdminNav } from "../administration/AdminNav";
import { QueuedPilotCard } from "./QueuedPilotCard";
import styles from "./godkendelser.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ udfald?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("pilots.queue.title"), robots: { index: false } };
}

export default async function ApprovalQueuePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/faellesskaber/${slug}/godkendelser`);
  // Anyone but the community's secretariat gets the same 404 as a community that does not exist.
  const community = await findManagedCommunity(slug, user, "pilot.approve");
  if (!community) notFound();
  const { locale, t } = await getT();
  const queue = await approvalQueue(user, community.id);
  const outcome = (await searchParams).udfald;
  const done =
    outcome === "godkendt"
      ? t("funding.pilotApproved")
      : outcome === "sendt-tilbage"
        ? t("funding.pilotSentBack")
        : null;
  return (
    <>
      <AdminNav slug={community.slug} current="/godkendelser" t={t} />
      <h1>{t("pilots.queue.heading", { name: community.name })}</h1>
      <p className="font-lead">{t("pilots.queue.lead")}</p>
      {done && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{done}</p>
          </div>
        </div>
      )}
      <p className={styles.balance}>
        {t("pilots.queue.pool", { year: queue.year })}: <strong>{formatKroner(queue.balance, locale)}</strong>
      </p>
      {queue.pilots.length === 0 && <p>{t("pilots.queue.empty")}</p>}
      {queue.pilots.map((pilot) => (
        <QueuedPilotCard key={pilot.id} pilot={pilot} slug={community.slug} year={queue.year} t={t} locale={locale} />
      ))}
    </>
  );
}
