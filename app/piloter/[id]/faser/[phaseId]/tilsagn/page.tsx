import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { phasePledges } from "@/lib/funding/pledges";
import { formatKroner } from "@/lib/format";
import { SplitForm } from "@/components/funding/SplitForm";
import { Table } from "@/components/ui/Table";
import { setPledgesAction } from "./actions";
import { hasStarted } from "@/lib/lifecycle";
import { pilotOffers } from "@/lib/pilots/offers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; phaseId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("funding.pledgesTitle") };
}

export default async function PledgesPage({ params }: Props) {
  const { id, phaseId } = await params;
  const user = await currentUser();
  const [pilotNo, phaseNo] = [parseId(id), parseId(phaseId)];
  const phase = pilotNo && phaseNo ? await phasePledges(user, pilotNo, phaseNo) : null;
  if (!phase) notFound();
  const { locale, t } = await getT();
  const editable = pilotOffers(user, phase.pilot).phase("planPhase", phase);
  const sum = phase.pledges.reduce((a, p) => a + p.amount, 0);
  return (
    <>
      <p>
        <Link href={`/piloter/${phase.pilot.id}`}>{t("funding.backToPilot")}</Link>
      </p>
      <h1>{t("funding.pledgesHeading", { phase: t(`phaseKind.${phase.kind}`), pilot: phase.pilot.title })}</h1>
      <p className="font-lead">{t("funding.pledgesLead")}</p>
      <h2>{t("funding.currentPledges")}</h2>
      <Table
        caption={t("funding.pledgesCaption")}
        hideCaption
        rows={phase.pledges}
        rowKey={(p) => p.organisation.id}
        columns={[
          { key: "organisation", header: t("funding.organisation"), rowHeader: true, cell: (p) => p.organisation.name },
          { key: "amount", header: t("funding.amount"), num: true, cell: (p) => formatKroner(p.amount, locale) },
        ]}
        footer={[[t("funding.sum"), <strong key="sum">{formatKroner(sum, locale)}</strong>]]}
      />
      {editable ? (
        <SplitForm
          action={setPledgesAction}
          parties={phase.organisations}
          m={MESSAGES[locale].funding}
          hidden={{ phaseId: phase.id }}
          initialTotal={phase.cofundingTotal || undefined}
          initialKey={phase.splitKey}
          initialCustom={Object.fromEntries(phase.pledges.map((p) => [p.organisation.id, p.amount]))}
          locale={locale}
          totalLabel={t("funding.pledgesTotal")}
          submitLabel={t("funding.savePledges")}
        />
      ) : (
        hasStarted(phase.status) && <p>{t("funding.pledgesLockedNote")}</p>
      )}
    </>
  );
}
