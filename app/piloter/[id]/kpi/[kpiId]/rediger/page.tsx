import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { phaseAllows } from "@/lib/lifecycle";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { RecordingNotice } from "@/components/results/RecordingNotice";
import { KpiForm } from "../../KpiForm";

import { loadKpi, type KpiParams } from "../load";

export const dynamic = "force-dynamic";

type Props = { params: KpiParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const found = await loadKpi(params);
  return { title: found ? t("results.kpi.editTitle", { name: found.kpi.name }) : t("errors.notFoundTitle") };
}

/** A number as the form shows it back: every digit kept (a rounded display would change it on save). */
const plain = (n: number, locale: string) => (locale === "da" ? String(n).replace(".", ",") : String(n));

export default async function EditKpiPage({ params }: Props) {
  const { locale, t } = await getT();
  const found = await loadKpi(params);
  if (!found) notFound();
  const { board, kpi } = found;
  const phases = board.phases.map((p) => ({
    id: p.id,
    name: t(`phaseKind.${p.kind}`),
    locked: !phaseAllows(board.status, p.status, "moveTarget"),
  }));
  const initial = {
    kpiId: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    baseline: plain(kpi.baseline, locale),
    direction: kpi.direction,
    benefitKind: kpi.benefitKind,
    plausibleMin: kpi.plausibleMin === null ? "" : plain(kpi.plausibleMin, locale),
    plausibleMax: kpi.plausibleMax === null ? "" : plain(kpi.plausibleMax, locale),
    targets: Object.fromEntries(kpi.targets.map((x) => [x.phaseId, plain(x.target, locale)])),
  };
  return (
    <>
      <OutcomeNav pilotId={board.id} current="kpis" t={t} />
      <h1>{t("results.kpi.editTitle", { name: kpi.name })}</h1>
      <RecordingNotice status={board.status} canRecord={board.canRecord} t={t} />
      {board.canRecord && <KpiForm pilotId={board.id} phases={phases} initial={initial} m={MESSAGES[locale].results} />}
    </>
  );
}
