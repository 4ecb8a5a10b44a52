import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { PlaceProfile as Profile } from "@/lib/places/profile";
import { PLACE_LESSONS } from "@/lib/places/profile";
import { OUTCOME_VALUES } from "@/lib/search/params";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import styles from "@/components/search/search.module.css";

type Props = { name: string; profile: Profile; locale: Locale; t: Translate };

/** The body shared by the municipality, region and organisation pages: pilots, money, decisions, lessons. */
export function PlaceProfile({ name, profile, locale, t }: Props) {
  const { pilots, totals, outcomes, lessons, lessonCount } = profile;
  const kr = (n: number) => formatKroner(n, locale);
  if (pilots.length === 0) return <p>{t("search.place.none", { name })}</p>;
  return (
    <>
      <ul className={`nobullet-list ${styles.summary}`} aria-label={t("search.place.summaryLabel")}>
        <li>
          <strong>{formatNumber(totals.led, locale)}</strong>
          {t("search.place.led")}
        </li>
        <li>
          <strong>{formatNumber(totals.joined, locale)}</strong>
          {t("search.place.joined")}
        </li>
        <li>
          <strong>{kr(totals.pledged)}</strong>
          {t("search.place.pledged")}
        </li>
        <li>
          <strong>{kr(totals.grantedLed)}</strong>
          {t("search.place.grantedLed")}
        </li>
        <li>
          <strong>{kr(totals.spentLed)}</strong>
          {t("search.place.spentLed")}
        </li>
      </ul>

      <h2 id="place-pilots">{t("search.place.pilots")}</h2>
      <Table
        caption={t("search.place.pilotsCaption", { name })}
        hideCaption
        regionClassName={styles.numbers}
        rows={pilots}
        rowKey={(p) => p.id}
        columns={[
          {
            key: "title",
            header: t("search.place.colTitle"),
            rowHeader: true,
            cell: (p) => (
              <>
                <Link href={`/piloter/${p.id}`}>{p.title}</Link>
                <span className={styles.cellNote}>{p.community}</span>
              </>
            ),
          },
          {
            key: "role",
            header: t("search.place.colRole"),
            cell: (p) => (p.leads ? t("search.place.roleLead") : t("search.place.roleJoin", { lead: p.lead })),
          },
          {
            key: "status",
            header: t("search.place.colStatus"),
            cell: (p) => (
              <>
                {t(`pilotPage.status.${p.status}`)}
                {p.phase && `, ${t(`phaseKind.${p.phase}`).toLowerCase()}`}
              </>
            ),
          },
          { key: "pledged", header: t("search.place.colPledged", { name }), num: true, cell: (p) => kr(p.pledged) },
          { key: "granted", header: t("search.place.colGranted"), num: true, cell: (p) => kr(p.granted) },
          { key: "spent", header: t("search.place.colSpent"), num: true, cell: (p) => kr(p.spent) },
        ]}
        footer={[[{ content: t("search.place.total"), colSpan: 3 }, kr(totals.pledged), { content: null, colSpan: 2 }]]}
      />

      <h2>{t("search.place.decisions")}</h2>
      <ul className={`nobullet-list ${styles.summary}`} aria-label={t("search.place.decisions")}>
        {OUTCOME_VALUES.map((o) => (
          <li key={o}>
            <strong>{formatNumber(outcomes[o] ?? 0, locale)}</strong>
            {t(`pilotPage.outcome.${o}`)}
          </li>
        ))}
      </ul>

      <h2>{t("search.place.lessons")}</h2>
      {lessons.length === 0 ? (
        <p>{t("search.place.noLessons")}</p>
      ) : (
        <>
          {lessonCount > PLACE_LESSONS && (
            <p>{t("search.place.lessonsLatest", { shown: PLACE_LESSONS, total: lessonCount })}</p>
          )}
          <ul className={`nobullet-list ${styles.similar}`}>
            {lessons.map((l) => (
              <li key={l.id}>
                {l.kind === "STOP_REPORT" && (
                  <span className={`tag ${styles.stopped}`}>{t("search.source.stopReport")}</span>
                )}{" "}
                <Link href={`/piloter/${l.pilotId}/erfaringer#erfaring-${l.id}`}>{l.title}</Link>
                <p className={styles.meta}>
                  <span>{l.pilotTitle}</span>
                  <span>{formatDate(l.createdAt, locale)}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
