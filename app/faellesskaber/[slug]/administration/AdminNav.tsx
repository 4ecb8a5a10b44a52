import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import styles from "./admin.module.css";

const SECTIONS = [
  { path: "", key: "admin.nav.overview" },
  { path: "/medlemmer", key: "admin.nav.members" },
  { path: "/brugere", key: "admin.nav.users" },
  { path: "/pulje", key: "funding.poolTitle" },
  { path: "/revisionsspor", key: "admin.nav.audit" },
] as const;

/** The secretariat's section menu; `current` is the section's path below /administration. */
export function AdminNav({ slug, current, t }: { slug: string; current: string; t: Translate }) {
  const base = `/faellesskaber/${slug}/administration`;
  return (
    <nav aria-label={t("admin.nav.label")} className={styles.nav}>
      <ul>
        <li>
          <Link href={`/faellesskaber/${slug}`}>{t("admin.nav.community")}</Link>
        </li>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <Link href={`${base}${s.path}`} aria-current={s.path === current ? "page" : undefined}>
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
