// Money and dates the Danish way: 1.250.000 kr. and 26. november 2026 (English: DKK 1,250,000).
import type { Locale } from "./i18n/locales";

const kr = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const krEn = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function formatKroner(amount: number, locale: Locale = "da"): string {
  if (!Number.isInteger(amount)) throw new Error(`money must be whole kroner, got ${amount}`);
  return locale === "da" ? `${kr.format(amount)} kr.` : `DKK ${krEn.format(amount)}`;
}

/**
 * Whole kroner as a money field shows them, so what comes back from the server reads like the hint
 * beside it ("fx 250.000"): 300.000 in Danish, 300,000 in English, no "kr.".
 */
export function formatKronerInput(amount: number, locale: Locale = "da"): string {
  if (!Number.isInteger(amount)) throw new Error(`money must be whole kroner, got ${amount}`);
  return (locale === "da" ? kr : krEn).format(amount);
}

/**
 * Whole kroner as people type them: "1.250.000", "1250000", "1 250 000 kr.", "DKK 1,250,000".
 * Groups of three only, so "12,50" (øre) and "1.5" are refused, not read as 1250 and 15.
 * undefined for an empty field, NaN for anything else that is not whole kroner.
 */
export function parseKronerInput(raw: string): number | undefined {
  const s = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^dkk/i, "")
    .replace(/(kr\.?|dkk)$/i, "")
    .replace(/^[−–]/, "-");
  if (s === "") return undefined;
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d+)$/.exec(s);
  return m ? Number(m[1] + m[2].replace(/[.,]/g, "")) : NaN;
}

// Formatters are made once: creating one costs ~20 µs (a date one ~40 µs), and a dashboard formats thousands of cells.
const num = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};
const pct = {
  da: new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 }),
};

/**
 * Kroner on a chart's axis, one scale for the whole axis (chosen from its largest value), never a
 * bare "160 t" (in Danish compact notation "t" reads as hours or tonnes): "160.000 kr." up to a
 * million, "1,5 mio. kr." (two decimals at most: ticks at 0,35 mio. must not read 0,4) from there; "DKK 160,000" and "DKK 1.5m" in English.
 */
export function kronerAxis(max: number, locale: Locale = "da"): (n: number) => string {
  const nf = locale === "da" ? num.da : num.en;
  if (Math.abs(max) >= 1_000_000)
    return (n) =>
      n === 0
        ? formatKroner(0, locale)
        : locale === "da"
          ? `${nf.format(n / 1_000_000)} mio. kr.`
          : `DKK ${nf.format(n / 1_000_000)}m`;
  return (n) => (locale === "da" ? `${nf.format(Math.round(n))} kr.` : `DKK ${nf.format(Math.round(n))}`);
}

/** A KPI whose unit is money ("kr.", "kr. pr. måned", "DKK") gets kroner on its axis. */
export const isKronerUnit = (unit: string) => /^(kr\.?|kroner|dkk)(\s|$)/i.test(unit.trim());

export function formatNumber(n: number, locale: Locale = "da"): string {
  return (locale === "da" ? num.da : num.en).format(n);
}

/** A share (0–1) as a percentage with one decimal: 12,5 % / 12.5%. */
export function formatShare(n: number, locale: Locale = "da"): string {
  return (locale === "da" ? pct.da : pct.en).format(n);
}

const dateDa = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Copenhagen",
});
const dateEn = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Copenhagen",
});

export function formatDate(d: Date | string, locale: Locale = "da"): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return (locale === "da" ? dateDa : dateEn).format(date);
}

/** dd.mm.yyyy, the short Danish form, for tables. */
const shortDate = new Intl.DateTimeFormat("da-DK", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Copenhagen",
});

export function formatShortDate(d: Date | string): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return shortDate.format(date);
}
