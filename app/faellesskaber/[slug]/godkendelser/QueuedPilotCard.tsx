import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, type Translate } from "@/lib/i18n/messages";
import type { QueuedPilot } from "@/lib/pilots/approval-queue";
import { formatDate, formatKroner, formatKronerInput, formatShortDate } from "@/lib/format";
import type { Table } from "@/lib/exports/table";
import { DataTable } from "@/components/charts/DataTable";
import { DecisionForms } from "./DecisionForms";
import styles from "./godkendelser.module.css";
import phasePlan from "@/components/pilots/phase-plan.module.css";

type Props = { pilot: QueuedPilot; slug: string; year: number; t: Translate; locale: Locale };

/** Every planned phase with its grant asked for and its co-funding, and the totals: what the pilot will ask of the pool. */
function planTable(pilot: QueuedPilot, t: Translate): Table {
  const sum = (k: "requestedGrant" | "cofundingTotal") => pilot.plan.reduce((a, p) => a + p[k], 0);
  return {
    name: t("pilots.queue.planHeading"),
    columns: [
      { header: t("pilots.queue.phase"), kind: "text" },
      { header: t("pilots.queue.period"), kind: "text" },
      { header: t("pilots.queue.requested"), kind: "kroner" },
      { header: t("pilots.queue.cofunding"), kind: "kroner" },
    ],
    rows: pilot.plan.map((p) => [
      t(`phaseKind.${p.kind}`),
      `${formatShortDate(p.plannedStart)} – ${formatShortDate(p.plannedEnd)}`,
      p.requestedGrant,
      p.cofundingTotal,
    ]),
    footer: [t("pilots.queue.total"), null, sum("requestedGrant"), sum("cofundingTotal")],
  };
}

/** What the secretariat needs to decide on: the pilot, its test phase plan and the money asked for. */
export function QueuedPilotCard({ pilot, slug, year, t, locale }: Props) {
  const test = pilot.test;
  return (
    <article className={styles.pilot} aria-labelledby={`pilot-${pilot.id}`}>
      <h2 id={`pilot-${pilot.id}`}>
        <Link href={`/piloter/${pilot.id}`}>{pilot.title}</Link>
      </h2>
      <dl className={phasePlan.plan}>
        <dt>{t("pilots.queue.leadOrganisation")}</dt>
        <dd>{pilot.leadOrganisation.name}</dd>
        <dt>{t("pilots.queue.projectLead")}</dt>
        <dd>
          {pilot.projectLead.name} (<a href={`mailto:${pilot.projectLead.email}`}>{pilot.projectLead.email}</a>)
        </dd>
        <dt>{t("pilots.queue.participants")}</dt>
        <dd>{pilot.participants.join(", ")}</dd>
        <dt>{t("pilots.queue.problem")}</dt>
        <dd className={phasePlan.text}>{pilot.problem}</dd>
        <dt>{t("pilots.queue.hypothesis")}</dt>
        <dd className={phasePlan.text}>{pilot.hypothesis}</dd>
        {pilot.reviewComment && (
          <>
            <dt>{t("pilots.queue.previousComment")}</dt>
            <dd className={phasePlan.text}>{pilot.reviewComment}</dd>
          </>
        )}
      </dl>
      {test && (
        <>
          <h3>{t("pilots.queue.testPhase")}</h3>
          <dl className={phasePlan.plan}>
            <dt>{t("pilots.queue.period")}</dt>
            <dd>
              {formatDate(test.plannedStart, locale)} – {formatDate(test.plannedEnd, locale)}
            </dd>
            <dt>{t("pilots.queue.requested")}</dt>
            <dd>{formatKroner(test.requestedGrant, locale)}</dd>
            <dt>{t("pilots.queue.success")}</dt>
            <dd className={phasePlan.text}>{test.successCriteria}</dd>
            <dt>{t("pilots.queue.kill")}</dt>
            <dd className={phasePlan.text}>{test.killCriteria}</dd>
          </dl>
        </>
      )}
      <h3>{t("pilots.queue.planHeading")}</h3>
      <DataTable table={planTable(pilot, t)} locale={locale} caption={t("pilots.queue.planCaption")} />
      <DecisionForms
        slug={slug}
        pilotId={pilot.id}
        requestedGrant={formatKronerInput(test?.requestedGrant ?? 0, locale)}
        year={year}
        m={MESSAGES[locale].pilots.queue}
      />
    </article>
  );
}
