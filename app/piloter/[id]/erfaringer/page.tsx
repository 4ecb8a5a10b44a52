import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getLessons } from "@/lib/lessons/queries";
import { currentPhase } from "@/lib/pilots/phase-track";
import { formatDate } from "@/lib/format";
import { LessonList } from "@/components/results/LessonList";
import { OutcomeNav } from "@/components/results/PilotOutcomes";
import { FormMessage } from "@/components/forms/FormMessage";
import { LessonForm } from "./LessonForm";

import { parseId } from "@/lib/validation";
import { hasStarted } from "@/lib/lifecycle";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gemt?: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getLessons(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const page = await load(params);
  return { title: page ? t("results.lessons.title", { title: page.title }) : t("errors.notFoundTitle") };
}

export default async function LessonsPage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const page = await load(params);
  if (!page) notFound();
  const base = `/piloter/${page.id}`;
  const phases = page.phases
    .filter((p) => hasStarted(p.status))
    .map((p) => ({ id: p.id, name: t(`phaseKind.${p.kind}`) }));
  return (
    <>
      <OutcomeNav pilotId={page.id} current="lessons" t={t} />
      <h1>{t("results.lessons.title", { title: page.title })}</h1>
      <p>{t("results.lessons.lead")}</p>
      {(await searchParams).gemt && <FormMessage status="ok" message={t("results.lessons.saved")} />}
      {page.owed.length > 0 && (
        <section aria-labelledby="owed-heading" className="alert alert-info">
          <div className="alert-body">
            <h2 id="owed-heading" className="alert-heading h3">
              {t("results.lessons.owedHeading")}
            </h2>
            <ul className="alert-text">
              {page.owed.map((o) => (
                <li key={o.decisionId}>
                  <Link href={`${base}/gate`}>
                    {o.outcome === "STOP"
                      ? t("results.lessons.owedStop", { date: formatDate(o.decidedAt, locale) })
                      : t("results.lessons.owedLesson", {
                          phase: t(`phaseKind.${o.phaseKind}`).toLowerCase(),
                          date: formatDate(o.decidedAt, locale),
                        })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {page.canWrite && (
        <section aria-labelledby="new-lesson">
          <h2 id="new-lesson">{t("results.lessons.newHeading")}</h2>
          <LessonForm
            pilotId={page.id}
            phases={phases}
            defaultPhaseId={currentPhase(page.phases)?.id}
            m={MESSAGES[locale].results}
          />
        </section>
      )}
      <h2>{t("results.lessons.heading")}</h2>
      {page.lessons.length === 0 ? (
        <p>{t("results.lessons.none")}</p>
      ) : (
        <LessonList
          lessons={page.lessons}
          heading="h3"
          t={t}
          locale={locale}
          editHref={page.canWrite ? (id) => `${base}/erfaringer/${id}/rediger` : undefined}
        />
      )}
    </>
  );
}
