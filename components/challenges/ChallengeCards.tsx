// Challenges as cards: title, who posted it, how many and which organisations share it, the ideas.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { ChallengeCard } from "@/lib/challenges/queries";
import { formatDate, formatNumber } from "@/lib/format";
import styles from "./challenges.module.css";
import { DomainTags } from "./DomainTags";

export function ChallengeCards({
  items,
  t,
  locale,
  headingLevel = 2,
}: {
  items: ChallengeCard[];
  t: Translate;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className={`nobullet-list no-max-width ${styles.cards}`}>
      {items.map((c) => (
        <li key={c.id} className={styles.card}>
          <H className={`h4 ${styles.cardTitle}`}>
            <Link href={`/udfordringer/${c.id}`}>{c.title}</Link>
          </H>
          <p className={styles.meta}>
            <span>{t("challenges.postedBy", { organisation: c.organisation.name })}</span>
            <span>{c.community.name}</span>
            <span>{formatDate(c.createdAt, locale)}</span>
            {c.visibility === "PUBLIC" && <span className="tag">{t("challenges.visibility.PUBLIC")}</span>}
          </p>
          <p className={styles.problem}>{c.problem}</p>
          <p className={styles.meta}>
            <strong>
              {c.cosponsors.length
                ? c.cosponsors.length === 1
                  ? t("challenges.sharedByOne")
                  : t("challenges.sharedBy", { count: formatNumber(c.cosponsors.length, locale) })
                : t("challenges.sharedByNone")}
            </strong>
            {c.cosponsors.length > 0 && <span>{c.cosponsors.map((s) => s.organisation.name).join(", ")}</span>}
            <span>
              {c._count.ideas === 1
                ? t("challenges.ideasCountOne")
                : t("challenges.ideasCount", { count: formatNumber(c._count.ideas, locale) })}
            </span>
          </p>
          <DomainTags domains={c.domains} t={t} />
        </li>
      ))}
    </ul>
  );
}
