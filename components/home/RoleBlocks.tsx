import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { SteeringHome } from "@/lib/home/steering";
import type { SecretariatHome } from "@/lib/home/secretariat";
import type { MemberHome } from "@/lib/home/member";
import { formatDate, formatKroner } from "@/lib/format";
import styles from "./home.module.css";

type Count = { href: string; text: string };

/** A few counted things, each a link to the list it counts. */
function Counts({ items }: { items: Count[] }) {
  return (
    <ul className={styles.counts}>
      {items.map((c) => (
        <li key={c.href}>
          <Link href={c.href}>{c.text}</Link>
        </li>
      ))}
    </ul>
  );
}

export function SteeringBlock({ home, t }: { home: SteeringHome; t: Translate }) {
  return (
    <section aria-labelledby="home-steering" className={styles.block}>
      <h2 id="home-steering">{t("home.mine.steeringHeading")}</h2>
      <Counts
        items={[
          {
            href: "/styregruppe#awaiting-heading",
            text: t("home.mine.awaitingScore", { count: home.awaitingMe.length }),
          },
          {
            href: "/styregruppe#ready-heading",
            text: t("home.mine.readyToDecide", { count: home.readyToDecide.length }),
          },
          {
            href: "/styregruppe#conditions-heading",
            text: t("home.mine.conditionsDue", { count: home.conditionsDue.length }),
          },
        ]}
      />
    </section>
  );
}

export function SecretariatBlocks({ home, t, locale }: { home: SecretariatHome; t: Translate; locale: Locale }) {
  return home.map((c) => {
    const base = `/faellesskaber/${c.slug}`;
    return (
      <section key={c.slug} aria-labelledby={`home-secretariat-${c.slug}`} className={styles.block}>
        <div className={styles.blockHead}>
          <h2 id={`home-secretariat-${c.slug}`}>{t("home.mine.secretariatHeading", { community: c.name })}</h2>
          <Link className="button button-secondary" href={`${base}/administration`}>
            {t("home.mine.administration", { community: c.name })}
          </Link>
        </div>
        <Counts
          items={[
            { href: `${base}/godkendelser`, text: t("home.mine.approvals", { count: c.approvals }) },
            { href: `${base}/administration/medlemmer`, text: t("home.mine.joinRequests", { count: c.joinRequests }) },
            { href: `${base}/gates`, text: t("home.mine.gatesDue", { count: c.gatesDue }) },
            {
              href: `${base}/administration/pulje`,
              text: t("home.mine.pool", { year: c.pool.year, balance: formatKroner(c.pool.balance, locale) }),
            },
            {
              href: `/portefoelje?faellesskab=${c.slug}`,
              text: t("home.mine.evidenceMissing", { count: c.evidenceMissing }),
            },
            { href: "/udfordringer", text: t("home.mine.ideasWaiting", { count: c.ideasWaiting }) },
          ]}
        />
      </section>
    );
  });
}

export function MemberBlock({ home, t, locale }: { home: MemberHome; t: Translate; locale: Locale }) {
  const domains = home.domains.map((d) => t(`pilots.domain.${d}` as MessageKey).toLowerCase()).join(", ");
  return (
    <section aria-labelledby="home-member" className={styles.block}>
      <h2 id="home-member">{t("home.mine.memberHeading", { organisation: home.organisation })}</h2>
      <div className={styles.columns}>
        <div>
          <h3>{t("home.mine.ourPilots")}</h3>
          {home.pilots.length === 0 ? (
            <p>{t("home.mine.noOurPilots")}</p>
          ) : (
            <ul>
              {home.pilots.map((p) => (
                <li key={p.id}>
                  <Link href={`/piloter/${p.id}`}>{p.title}</Link> (
                  {p.leads ? t("home.mine.leads") : t("home.mine.takesPart")},{" "}
                  {t(`pilotPage.status.${p.status}`).toLowerCase()})
                </li>
              ))}
            </ul>
          )}
          {home.allHref && home.total > home.pilots.length && (
            <p>
              <Link href={home.allHref}>{t("home.mine.allOurPilots", { total: home.total })}</Link>
            </p>
          )}
        </div>
        {home.domains.length > 0 && (
          <div>
            <h3>{t("home.mine.newLessons")}</h3>
            <p className={styles.quiet}>{t("home.mine.domainsHint", { domains })}</p>
            {home.lessons.length === 0 ? (
              <p>{t("home.mine.noneNew")}</p>
            ) : (
              <ul>
                {home.lessons.map((l) => (
                  <li key={l.id}>
                    <Link href={`/piloter/${l.pilot.id}/erfaringer`}>{l.title}</Link> – {l.pilot.title},{" "}
                    {formatDate(l.createdAt, locale)}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t("home.mine.newResults")}</h3>
            {home.results.length === 0 ? (
              <p>{t("home.mine.noneNew")}</p>
            ) : (
              <ul>
                {home.results.map((r) => (
                  <li key={r.id}>
                    <Link href={`/piloter/${r.phase.pilot.id}/resultater`}>{r.title}</Link> – {r.phase.pilot.title},{" "}
                    {formatDate(r.occurredOn, locale)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
