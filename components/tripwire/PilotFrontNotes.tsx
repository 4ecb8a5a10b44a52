// Above a pilot's story: the challenge (and idea) it was made from, and the tripwire's "Mangler
// evidens" while a running phase has spent its community's share with no result and no measurement.
import Link from "next/link";
import type { MessageKey } from "@/lib/i18n/messages";
import type { PilotSectionProps } from "@/components/pilots/section-props";
import { formatKroner, formatShare } from "@/lib/format";
import { flaggedPhases } from "@/lib/tripwire/flags";
import { pilotOrigin } from "@/lib/challenges/queries";

export async function PilotFrontNotes({ user, pilotId, t, locale }: PilotSectionProps) {
  const [flags, origin] = await Promise.all([flaggedPhases([pilotId]), pilotOrigin(user, pilotId)]);
  return (
    <>
      {origin && (
        <p data-testid="pilot-origin">
          {origin.idea
            ? t("challenges.pilotOriginIdea", { idea: origin.idea.title, challenge: "" }).trim()
            : t("challenges.pilotOrigin", { challenge: "" }).trim()}{" "}
          <Link href={`/udfordringer/${origin.challenge.id}${origin.idea ? `#ide-${origin.idea.id}` : ""}`}>
            {origin.challenge.title}
          </Link>
        </p>
      )}
      {flags.map((f) => (
        <div key={f.phaseId} className="alert alert-warning" data-testid="evidence-missing">
          <div className="alert-body">
            <p className="alert-heading">{t("tripwire.flag")}</p>
            <p className="alert-text">
              {t("tripwire.pilotNotice", {
                phase: t(`phaseKind.${f.kind}` as MessageKey).toLowerCase(),
                spent: formatKroner(f.spent, locale),
                granted: formatKroner(f.granted, locale),
                percent: formatShare(f.spent / f.granted, locale),
                share: f.share,
              })}{" "}
              <Link href={`/piloter/${pilotId}/resultater`}>{t("tripwire.logResult")}</Link> ·{" "}
              <Link href={`/piloter/${pilotId}/kpi`}>{t("tripwire.logMeasurement")}</Link>
            </p>
          </div>
        </div>
      ))}
    </>
  );
}
