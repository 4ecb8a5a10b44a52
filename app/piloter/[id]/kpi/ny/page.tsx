import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getKpiBoard } from "@/lib/kpis/queries";
import { phaseAllows } from "@/lib/lifecycle";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { RecordingNotice } from "@/components/results/RecordingNotice";
import { KpiForm } from "../KpiForm";

import { parseId } from "@/lib/validation";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getKpiBoard(await currentUser(), id, "none") : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const board = await load(params);
  return { title: board ? t("results.kpi.newTitle", { title: board.title }) : t("errors.notFoundTitle") };
}

export default async function NewKpiPage({ params }: Props) {
  const { locale, t } = await getT();
  const board = await load(params);
  if (!board) notFound();
  const phases = board.phases.map((p) => ({
    id: p.id,
    name: t(`phaseKind.${p.kind}`),
    locked: !phaseAllows(board.status, p.status, "moveTarget"),
  }));
  return (
    <>
      <OutcomeNav pilotId={board.id} current="kpis" t={t} />
      <h1>{t("results.kpi.newTitle", { title: board.title })}</h1>
      <RecordingNotice status={board.status} canRecord={board.canRecord} t={t} />
      {board.canRecord && <KpiForm pilotId={board.id} phases={phases} m={MESSAGES[locale].results} />}
    </>
  );
}
