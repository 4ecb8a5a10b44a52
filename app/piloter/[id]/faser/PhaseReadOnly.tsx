import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { EditablePhase } from "@/lib/pilots/editing";
import { formatDate, formatKroner } from "@/lib/format";
import styles from "@/components/pilots/phase-plan.module.css";

/** A phase whose plan can no longer change (started) or that this user may not change. */
export function PhaseReadOnly({ phase, t, locale }: { phase: EditablePhase; t: Translate; locale: Locale }) {
  return (
    <dl className={styles.plan}>
      <dt>{t("pilots.phases.status")}</dt>
      <dd>{t(`pilots.phaseStatus.${phase.status}`)}</dd>
      <dt>{t("pilots.phases.period")}</dt>
      <dd>
        {formatDate(phase.plannedStart, locale)} – {formatDate(phase.plannedEnd, locale)}
      </dd>
      <dt>{t("pilots.phases.requestedGrant")}</dt>
      <dd>{formatKroner(phase.requestedGrant, locale)}</dd>
      <dt>{t("pilots.phases.granted")}</dt>
      <dd>{formatKroner(phase.granted, locale)}</dd>
      <dt>{t("pilots.phases.successCriteria")}</dt>
      <dd className={styles.text}>{phase.successCriteria || "–"}</dd>
      <dt>{t("pilots.phases.killCriteria")}</dt>
      <dd className={styles.text}>{phase.killCriteria || "–"}</dd>
    </dl>
  );
}
