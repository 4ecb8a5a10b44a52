import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getResultLog } from "@/lib/results/queries";
import { ResultList } from "@/components/results/ResultList";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { RecordingNotice } from "@/components/results/RecordingNotice";
import { ResultForm } from "./ResultForm";

import { danishDay } from "@/lib/dates";
import { parseId } from "@/lib/validation";
import { hasStarted } from "@/lib/lifecycle";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getResultLog(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const log = await load(params);
  return { title: log ? t("results.log.title", { title: log.title }) : t("errors.notFoundTitle") };
}

export default async function ResultLogPage({ params }: Props) {
  const { locale, t } = await getT();
  const log = await load(params);
  if (!log) notFound();
  const open = log.phases.filter((p) => p.open).map((p) => ({ id: p.id, name: t(`phaseKind.${p.kind}`) }));
  // Newest first across the page too: the running phase on top; a phase not yet started has nothing to show.
  const shown = [...log.phases].reverse().filter((p) => hasStarted(p.status) || p.results.length > 0);
  return (
    <>
      <OutcomeNav pilotId={log.id} current="results" t={t} />
      <h1>{t("results.log.title", { title: log.title })}</h1>
      <p>{t("results.log.lead")}</p>
      <RecordingNotice status={log.status} canRecord={log.canRecord} t={t} />
      {log.canRecord &&
        (open.length > 0 ? (
          <ResultForm phases={open} today={danishDay(new Date())} m={MESSAGES[locale].results} />
        ) : (
          <p>{t("results.log.noOpenPhase")}</p>
        ))}
      {shown.length === 0 && <p>{t("results.log.noPhases")}</p>}
      {shown.map((p) => (
        <section key={p.id} aria-labelledby={`phase-${p.id}`} data-phase={p.kind}>
          <h2 id={`phase-${p.id}`}>
            {t("results.log.phaseHeading", {
              phase: t(`phaseKind.${p.kind}`),
              status: t(`pilotPage.phaseStatus.${p.status}`).toLowerCase(),
            })}
          </h2>
          {p.results.length === 0 ? (
            <p>{t("results.log.none")}</p>
          ) : (
            <ResultList results={p.results} heading="h3" t={t} locale={locale} />
          )}
        </section>
      ))}
    </>
  );
}
