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
            {/* A JSON document, not a page: a plain link on purpose. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/api/v1/municipalities">{t("footer.api")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
