// The bell in the site header: a link to /notifikationer with the unread count as text (never as a
// colour alone) and an accessible name that says it all, e.g. "Notifikationer, 3 ulæste".
import Link from "next/link";
import { after } from "next/server";
import type { Translate } from "@/lib/i18n/messages";
import type { SessionUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";
import { sweepIfDue } from "@/lib/notifications/sweep";
import styles from "./notifications.module.css";

export async function NotificationBell({ user, t }: { user: SessionUser; t: Translate }) {
  const count = await unreadCount(user);
  // After the page is sent: overdue phases and conditions due are found lazily (lib/notifications/sweep.ts).
  after(() => sweepIfDue());
  const name = count === 0 ? t("notifications.bell.none") : t("notifications.bell.some", { count });
  return (
    <Link href="/notifikationer" className={styles.bell} data-testid="notification-bell">
      <span className="sr-only">{name}</span>
      <span aria-hidden="true" className={styles.bellVisible}>
        <svg className={styles.bellIcon} viewBox="0 0 24 24" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {t("notifications.nav")}
        {count > 0 && <span className={styles.count}>{count > 99 ? "99+" : count}</span>}
      </span>
    </Link>
  );
}
