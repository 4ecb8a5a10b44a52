import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { PilotStory } from "@/lib/pilots/story";
import { PHASE_ORDER } from "@/lib/pilots/phase-track";
import { formatDate } from "@/lib/format";
import { GateReviews } from "./GateReviews";
import styles from "./pilots.module.css";

/**
 * Test → demonstration → scale-up as an ordered list (a step list screen readers announce as
 * "list, 3 items"), the current step marked with aria-current, each phase with its gates.
 */
export function PhaseTrack({ pilot, locale, t }: { pilot: PilotStory; locale: Locale; t: Translate }) {
  const date = (d: Date) => formatDate(d, locale);
  return (
    <ol className={styles.track} aria-label={t("pilotPage.track.label")}>
      {PHASE_ORDER.map((kind, i) => {
        const phase = pilot.phases.find((p) => p.kind === kind);
        const isCurrent = pilot.current?.kind === kind;
        return (
          <li
            key={kind}
            aria-current={isCurrent ? "step" : undefined}
            className={phase?.status === "DECIDED" ? styles.done : undefined}
          >
            <h3>{t("pilotPage.track.step", { n: i + 1, phase: t(`phaseKind.${kind}`) })}</h3>
            {!phase ? (
              <p className={styles.muted}>
                {t(pilot.status === "STOPPED" ? "pilotPage.track.notReached" : "pilotPage.track.notPlanned")}
              </p>
            ) : (
              <>
                <p>
                  <span className="tag">{t(`pilotPage.phaseStatus.${phase.status}`)}</span>
                  {isCurrent && <strong> {t("pilotPage.track.current")}</strong>}
                </p>
                <p>{t("pilotPage.track.planned", { start: date(phase.plannedStart), end: date(phase.plannedEnd) })}</p>
                {phase.startedAt && <p>{t("pilotPage.track.started", { date: date(phase.startedAt) })}</p>}
                <h4>{t("pilotPage.track.gate")}</h4>
                {phase.gateReviews.length === 0 ? (
                  <p className={styles.muted}>{t("pilotPage.track.noGate")}</p>
                ) : (
                  <GateReviews reviews={phase.gateReviews} locale={locale} t={t} />
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
