import Link from "next/link";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import styles from "./admin.module.css";

// Paths below /faellesskaber/[slug]; the approval queue lives beside the administration.
const SECTIONS: { path: string; key: MessageKey }[] = [
  { path: "/administration", key: "admin.nav.overview" },
  { path: "/administration/medlemmer", key: "admin.nav.members" },
  { path: "/administration/brugere", key: "admin.nav.users" },
  { path: "/godkendelser", key: "funding.approvalsTitle" },
  { path: "/gates", key: "gates.adminNav.gates" },
  { path: "/kriterier", key: "gates.adminNav.criteria" },
  { path: "/administration/pulje", key: "funding.poolTitle" },
  { path: "/administration/synonymer", key: "search.synonyms.nav" },
  { path: "/administration/revisionsspor", key: "admin.nav.audit" },
];

/** The secretariat's section menu; `current` is the section's path below /administration. */
export function AdminNav({ slug, current, t }: { slug: string; current: string; t: Translate }) {
  const base = `/faellesskaber/${slug}`;
  const here = /^\/(godkendelser|gates|kriterier)/.test(current) ? current : `/administration${current}`;
  return (
    <nav aria-label={t("admin.nav.label")} className={styles.nav}>
      <ul>
        <li>
          <Link href={base}>{t("admin.nav.community")}</Link>
        </li>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <Link href={`${base}${s.path}`} aria-current={s.path === here ? "page" : undefined}>
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
