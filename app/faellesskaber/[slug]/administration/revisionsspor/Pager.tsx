import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import styles from "../admin.module.css";

type Props = { page: number; pages: number; query: Record<string, string>; t: Translate };

/** Previous/next links that keep the filter in the URL. */
export function Pager({ page, pages, query, t }: Props) {
  if (pages <= 1) return null;
  const href = (p: number) => `?${new URLSearchParams({ ...query, page: String(p) }).toString()}`;
  return (
    <nav aria-label={t("admin.audit.paging")} className={styles.pager}>
      {page > 1 && <Link href={href(page - 1)}>{t("admin.audit.previous")}</Link>}
      <span aria-current="page">{t("admin.audit.page", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("admin.audit.next")}</Link>}
    </nav>
  );
}
