// The pilot page's risks: the heat map of its open risks with their table beside it, and the way to
// the register for the lead.
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { pilotRisks } from "@/lib/risks/queries";
import { RiskHeatMap } from "./RiskHeatMap";
import { RiskTable } from "./RiskTable";
import styles from "./risks.module.css";

export async function PilotRisks({
  user,
  pilot,
  t,
  locale,
}: {
  user: SessionUser | null;
  pilot: { id: number; title: string };
  t: Translate;
  locale: Locale;
}) {
  const open = ((await pilotRisks(user, pilot.id)) ?? []).filter((r) => r.status === "OPEN");
  return (
    <section aria-labelledby="risks-heading">
      <h2 id="risks-heading">{t("risks.heading")}</h2>
      <p>{t("risks.lead")}</p>
      <div className={styles.beside}>
        <RiskHeatMap risks={open} t={t} testId="pilot-heat-map" />
        <div>
          {open.length === 0 ? (
            <p>{t("risks.noneOpen")}</p>
          ) : (
            <RiskTable
              risks={open}
              caption={t("risks.caption", { title: pilot.title })}
              t={t}
              locale={locale}
              summary
              testId="pilot-risks"
            />
          )}
        </div>
      </div>
      <p>
        <Link href={`/piloter/${pilot.id}/risici`}>{t("risks.manageLink")}</Link>
      </p>
    </section>
  );
}
