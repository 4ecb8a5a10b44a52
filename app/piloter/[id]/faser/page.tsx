import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getPilotForEditing } from "@/lib/pilots/editing";
import { PREVIOUS } from "@/lib/pilots/phases";
import { PHASE_KINDS } from "@/lib/pilots/schemas";
import { Notice } from "@/components/pilots/Notice";
import { PhasePlanForm } from "./PhasePlanForm";
import { PhaseReadOnly } from "./PhaseReadOnly";
import { planPhaseAction, updatePhaseAction } from "./actions";
import styles from "./faser.module.css";
import { hasStarted, refusal } from "@/lib/lifecycle";
import { pilotOffers } from "@/lib/pilots/offers";
import { formatKronerInput } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ny?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("pilots.phases.title"), robots: { index: false } };
}

export default async function PhasesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const pilotId = parseId(id);
  if (!pilotId) notFound();
  const user = await requireUser(`/piloter/${pilotId}/faser`);
  const pilot = await getPilotForEditing(user, pilotId);
  if (!pilot) notFound();
  const { locale, t } = await getT();
  const m = MESSAGES[locale].pilots;
  // Plans change only by the lead, and not while the secretariat reviews the pilot.
  const offers = pilotOffers(user, pilot);
  const planned = new Set(pilot.phases.map((p) => p.kind));
  const next = PHASE_KINDS.find((k) => !planned.has(k) && (PREVIOUS[k] === null || planned.has(PREVIOUS[k])));
  return (
    <>
      <h1>{t("pilots.phases.heading", { title: pilot.title })}</h1>
      {(await searchParams).ny && <Notice kind="success">{t("pilots.phases.created")}</Notice>}
      <p className="font-lead">{t("pilots.phases.lead")}</p>
      <p>
        <Link href={`/piloter/${pilot.id}`}>{t("pilots.edit.pilotLink")}</Link>
        {pilot.canEdit && (
          <>
            {" · "}
            <Link href={`/piloter/${pilot.id}/rediger`}>{t("pilots.edit.title")}</Link>
          </>
        )}
      </p>
      {pilot.canEdit && refusal(pilot.status, "planPhase") === "underReview" && (
        <Notice kind="info">{t("pilots.edit.underReview")}</Notice>
      )}
      {pilot.phases.map((phase) => (
        <section key={phase.id} className={styles.phase} aria-labelledby={`phase-${phase.kind}`}>
          <h2 id={`phase-${phase.kind}`}>{t(`phaseKind.${phase.kind}`)}</h2>
          {offers.phase("planPhase", phase) ? (
            <PhasePlanForm
              action={updatePhaseAction}
              hidden={{ phaseId: phase.id, version: phase.version }}
              initial={{
                plannedStart: phase.plannedStart,
                plannedEnd: phase.plannedEnd,
                requestedGrant: formatKronerInput(phase.requestedGrant, locale),
                successCriteria: phase.successCriteria,
                killCriteria: phase.killCriteria,
              }}
              idPrefix={`phase-${phase.kind.toLowerCase()}`}
              m={m}
              submitLabel={t("pilots.phases.save")}
            />
          ) : (
            <>
              <p>{!hasStarted(phase.status) ? t("pilots.phases.readOnlyNote") : t("pilots.phases.lockedNote")}</p>
              <PhaseReadOnly phase={phase} t={t} locale={locale} />
            </>
          )}
          <p>
            <Link href={`/piloter/${pilot.id}/faser/${phase.id}/tilsagn`}>
              {t("funding.pledgesLink", { phase: t(`phaseKind.${phase.kind}`) })}
            </Link>
          </p>
        </section>
      ))}
      {offers.pilot("planPhase") && next && (
        <section className={styles.phase} aria-labelledby="phase-next">
          <h2 id="phase-next">{t("pilots.phases.planHeading", { kind: t(`phaseKind.${next}`) })}</h2>
          <p>{t("pilots.phases.planText")}</p>
          <PhasePlanForm
            action={planPhaseAction}
            hidden={{ pilotId: pilot.id, kind: next }}
            initial={{ plannedStart: "", plannedEnd: "", requestedGrant: "", successCriteria: "", killCriteria: "" }}
            idPrefix="phase-next"
            m={m}
            submitLabel={t("pilots.phases.plan")}
          />
        </section>
      )}
    </>
  );
}
