// "Spredning og gevinster" on the home: open offers to the member's organisation, interests waiting
// for the secretariat to make them binding, and benefit measurements due to the owner.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { SpreadHome } from "@/lib/home/spread";
import { formatDate } from "@/lib/format";
import styles from "./home.module.css";

export function SpreadBlock({ home, t, locale }: { home: SpreadHome; t: Translate; locale: Locale }) {
  if (home.offers.length + home.awaiting.length + home.due.length === 0) return null;
  return (
    <section aria-labelledby="home-spread" className={styles.block} data-testid="home-spread">
      <h2 id="home-spread">{t("spreadHome.heading")}</h2>
      {home.offers.length > 0 && (
        <>
          <h3>{t("spreadHome.offers")}</h3>
          <ul>
            {home.offers.map((o) => (
              <li key={o.offerId}>
                <Link href={`/piloter/${o.pilot.id}#spread-heading`}>{o.pilot.title}</Link> ({o.pilot.community.name})
                {" – "}
                {o.ours === "INTERESTED"
                  ? t("spreadHome.youAreInterested", { closes: formatDate(o.closesOn, locale) })
                  : t("spreadHome.closes", { closes: formatDate(o.closesOn, locale) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {home.awaiting.length > 0 && (
        <>
          <h3>{t("spreadHome.awaiting")}</h3>
          <ul>
            {home.awaiting.map((a) => (
              <li key={a.offerId}>
                <Link href={`/piloter/${a.pilotId}#spread-heading`}>{a.title}</Link>
                {" – "}
                {t("spreadHome.interests", { count: a.interests, closes: formatDate(a.closesOn, locale) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {home.due.length > 0 && (
        <>
          <h3>{t("spreadHome.due")}</h3>
          <ul>
            {home.due.map((d) => (
              <li key={`${d.profileId}-${d.organisation}`}>
                <Link href={`/piloter/${d.pilot.id}#realisation-form`}>{d.name}</Link> – {d.pilot.title},{" "}
                {d.organisation}: {t("spreadHome.period", { period: d.period })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
