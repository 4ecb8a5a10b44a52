import { setLocale } from "@/app/locale-action";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";

export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  const other: Locale = locale === "da" ? "en" : "da";
  return (
    <form action={setLocale} className="language-switch">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        className="button button-secondary button-small"
        lang={other}
        aria-label={t("nav.switchToLabel")}
      >
        {t("nav.switchTo")}
      </button>
    </form>
  );
}
