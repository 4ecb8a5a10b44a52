import type { Translate } from "@/lib/i18n/messages";

/** Tells a reader who is not signed in that the figures cover public pilots only. */
export function AnonymousNote({ t }: { t: Translate }) {
  return (
    <div className="alert alert-info">
      <div className="alert-body">
        <p className="alert-text">{t("portfolio.anonymousNote")}</p>
      </div>
    </div>
  );
}
