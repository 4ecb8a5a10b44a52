// How an audit snapshot's values read to a person: enum codes become words, instants Danish dates.
import { isIsoInstant } from "@/lib/audit/changes";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/messages";

export function formatDateTime(d: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Copenhagen" }).format(new Date(d));
}

/** The translation of `key`, or `fallback` when there is none (new entities and fields from other areas). */
export function translateOr(t: Translate, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

export function formatAuditValue(field: string, value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === "") return t("admin.audit.empty");
  if (typeof value === "boolean") return t(value ? "admin.audit.yes" : "admin.audit.no");
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(field, v, t, locale)).join(", ") : t("admin.audit.empty");
  if (typeof value === "string") {
    if (isIsoInstant(value)) return formatDateTime(value, locale);
    if (field === "status") return translateOr(t, `admin.status.${value}`, value);
    if (field === "roles") return translateOr(t, `role.${value}`, value);
    return value;
  }
  if (typeof value === "number") return new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB").format(value);
  return JSON.stringify(value);
}
