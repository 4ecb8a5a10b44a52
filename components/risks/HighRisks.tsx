// The gate page's high risks: the pilot's open risks scoring 15 or more, now. A review requested now
// takes them into its evidence (lib/gates/request.ts), where they stay as they were.
import type { PilotSectionProps } from "@/components/pilots/section-props";
import { highRisks } from "@/lib/risks/queries";
import { RiskTable } from "./RiskTable";

export async function HighRisks({ user, pilotId, t, locale }: PilotSectionProps) {
  const risks = await highRisks(user, pilotId);
  return (
    <section aria-labelledby="hoeje-risici">
      <h2 id="hoeje-risici">{t("risks.gateHeading")}</h2>
      <p>{t("risks.gateLead")}</p>
      {risks.length === 0 ? (
        <p>{t("risks.gateNone")}</p>
      ) : (
        <RiskTable
          risks={risks}
          caption={t("risks.gateCaption")}
          t={t}
          locale={locale}
          showMitigation
          summary
          testId="gate-high-risks"
        />
      )}
    </section>
  );
}
