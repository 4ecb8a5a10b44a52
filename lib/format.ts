// Money and dates the Danish way: 1.250.000 kr. and 26. november 2026 (English: DKK 1,250,000).
import type { Locale } from "./i18n/locales";

const kr = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const krEn = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function formatKroner(amount: number, locale: Locale = "da"): string {
  if (!Number.isInteger(amount)) throw new Error(`money must be whole kroner, got ${amount}`);
  return locale === "da" ? `${kr.format(amount)} kr.` : `DKK ${krEn.format(amount)}`;
}

export function formatNumber(n: number, locale: Locale = "da"): string {
  return new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 2 }).format(n);
}

const dateDa = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });
const dateEn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });

export function formatDate(d: Date | string, locale: Locale = "da"): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return (locale === "da" ? dateDa : dateEn).format(date);
}

/** dd.mm.yyyy, the short Danish form, for tables. */
export function formatShortDate(d: Date | string): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return new Intl.DateTimeFormat("da-DK", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Copenhagen" }).format(date);
}
