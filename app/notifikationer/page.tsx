import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { listNotices } from "@/lib/notifications/queries";
import { noticePath } from "@/lib/notifications/kinds";
import { sweepIfDue } from "@/lib/notifications/sweep";
import { MarkAllReadButton, MarkReadButton } from "./ReadButtons";
import styles from "@/components/notifications/notifications.module.css";

import { noticeText } from "@/lib/notifications/compose-mail";
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("notifications.title") };
}

export default async function NotificationsPage() {
  const user = await requireUser("/notifikationer");
  const { locale, t } = await getT();
  await sweepIfDue(); // at most every few minutes; here awaited, so the list is current when it is swept
  const notices = await listNotices(user);
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <>
      <h1>{t("notifications.heading")}</h1>
      <p>{t("notifications.intro")}</p>
      <p>
        <Link href="/profil#notifikationer">{t("notifications.preferencesLink")}</Link>
      </p>
      {notices.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <>
          <p>{t("notifications.unreadCount", { count: unread })}</p>
          <MarkAllReadButton label={t("notifications.markAllRead")} allRead={unread === 0} />
          <ul className={styles.list}>
            {notices.map((n) => {
              const textId = `notice-${n.id}`;
              return (
                <li key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`}>
                  <p className={styles.meta}>
                    <span className={styles.state}>
                      {n.readAt ? t("notifications.read") : t("notifications.unread")}
                    </span>
                    <strong>{t(`notifications.kind.${n.kind}`)}</strong>
                    <time dateTime={n.createdAt.toISOString()}>{formatDate(n.createdAt, locale)}</time>
                  </p>
                  <p className={styles.text} id={textId}>
                    {noticeText(n, locale)}
                  </p>
                  <div className={styles.actions}>
                    <Link href={noticePath(n.kind, n)} aria-describedby={textId}>
                      {t("notifications.open")}
                    </Link>
                    <MarkReadButton
                      id={n.id}
                      read={!!n.readAt}
                      label={t("notifications.markRead")}
                      describedBy={textId}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
