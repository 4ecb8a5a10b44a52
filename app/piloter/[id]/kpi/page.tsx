import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getKpiBoard } from "@/lib/kpis/queries";
import { KpiPanel } from "@/components/results/KpiPanel";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { RecordingNotice } from "@/components/results/RecordingNotice";
import styles from "@/components/results/results.module.css";

import { parseId } from "@/lib/validation";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getKpiBoard(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const board = await load(params);
  return { title: board ? t("results.kpi.title", { title: board.title }) : t("errors.notFoundTitle") };
}

export default async function KpiOverviewPage({ params }: Props) {
  const { locale, t } = await getT();
  const board = await load(params);
  if (!board) notFound();
  const base = `/piloter/${board.id}/kpi`;
  return (
    <>
      <OutcomeNav pilotId={board.id} current="kpis" t={t} />
      <h1>{t("results.kpi.title", { title: board.title })}</h1>
      <p>{t("results.kpi.lead")}</p>
      <RecordingNotice status={board.status} canRecord={board.canRecord} t={t} />
      {board.canRecord && (
        <p>
          <Link className="button button-primary" href={`${base}/ny`}>
            {t("results.kpi.add")}
          </Link>
        </p>
      )}
      {board.kpis.length === 0 && <p>{t("results.kpi.none")}</p>}
      {board.kpis.map((k) => (
        <KpiPanel key={k.id} kpi={k} phases={board.phases} t={t} locale={locale} heading="h2" href={`${base}/${k.id}`}>
          {board.canRecord && (
            <ul className={styles.sections}>
              <li>
                <Link href={`${base}/${k.id}`}>{t("results.kpi.open", { name: k.name })}</Link>
              </li>
              <li>
                <Link href={`${base}/${k.id}/rediger`}>
                  {t("results.kpi.edit")}
                  <span className="sr-only">: {k.name}</span>
                </Link>
              </li>
            </ul>
          )}
        </KpiPanel>
      ))}
    </>
  );
}
