import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";

export function SiteFooter({ t, accessibilityUrl }: { t: Translate; accessibilityUrl: string }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <ul className="site-footer-links">
          <li>
            <a href={accessibilityUrl}>{t("footer.accessibility")}</a>
          </li>
          <li>
            <Link href="/api-dokumentation">{t("footer.api")}</Link>
          </li>
          <li>
            <Link href="/privatliv">{t("privacy.footerLink")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
