// The language of an API answer, read from the request itself (not next/headers), so route handlers
// behave the same in tests, scripts and Next. The site's language switch wins when its cookie is sent.
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "../i18n/locales";

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

function switchedTo(req: Request): Locale | null {
  const value = COOKIE.exec(req.headers.get("cookie") ?? "")?.[1];
  return isLocale(value) ? value : null;
}

/** Messages and documents for programs: the switch's cookie, else Accept-Language (en…), else Danish. */
export function apiLocale(req: Request): Locale {
  return switchedTo(req) ?? (req.headers.get("accept-language")?.trim().toLowerCase().startsWith("en") ? "en" : "da");
}

/** Files downloaded from a page: the page's own language (the cookie, else Danish), whatever the browser prefers. */
export function pageLocale(req: Request): Locale {
  return switchedTo(req) ?? DEFAULT_LOCALE;
}
