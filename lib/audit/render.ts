// Audit values and sentences in the reader's language: kroner as "300.000 kr." (DKK 300,000), days
// the Danish way, labels instead of codes, lists joined with commas. A code without a label reads
// "ukendt værdi", never the code itself.
import { formatDate, formatKroner, formatNumber } from "../format";
import type { Locale } from "../i18n/locales";
import type { MessageKey, Translate } from "../i18n/messages";
import type { AuditDescription } from "./describe";
import type { AuditLine } from "./fields";
import type { AuditValue } from "./values";

const year = (v: number) => String(v);
const dateTime = {
  da: new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
};

export function formatAuditInstant(at: Date | string, locale: Locale): string {
  return dateTime[locale].format(typeof at === "string" ? new Date(at) : at);
}

export function renderAuditValue(v: AuditValue, t: Translate, locale: Locale): string {
  switch (v.k) {
    case "text":
      return v.v;
    case "kroner":
      return formatKroner(v.v, locale);
    case "number":
    case "count":
      return formatNumber(v.v, locale);
    case "coordinate":
      return new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
        minimumFractionDigits: 6,
        maximumFractionDigits: 6,
      }).format(v.v);
    case "measure":
      return v.unit
        ? t("audit.value.withUnit", { value: formatNumber(v.v, locale), unit: v.unit })
        : formatNumber(v.v, locale);
    case "year":
      return year(v.v);
    case "quarter":
      return t("audit.value.quarter", { quarter: v.quarter, year: v.year });
    case "day":
      return formatDate(`${v.v}T12:00:00Z`, locale);
    case "instant":
      return formatAuditInstant(v.v, locale);
    case "bool":
      return t(v.v ? "audit.value.yes" : "audit.value.no");
    case "label": {
      const s = t(v.key);
      return s === v.key ? t("audit.value.unknown") : s;
    }
    case "bilingual":
      return (locale === "da" ? v.da : v.en) || v.da || v.en;
    case "list":
      return v.items.length ? v.items.map((x) => renderAuditValue(x, t, locale)).join(", ") : t("audit.value.nobody");
    case "pair":
      return t("audit.value.pair", {
        name: renderAuditValue(v.name, t, locale),
        value: renderAuditValue(v.value, t, locale),
      });
    case "score":
      return t("audit.value.score", { score: formatNumber(v.score, locale), weight: formatNumber(v.weight, locale) });
    case "weight":
      return t("audit.value.weight", { weight: formatNumber(v.v, locale) });
    case "none":
      return t("audit.value.none");
    case "unknown":
      return t("audit.value.unknown");
  }
}

export type RenderedLine = { label: string; value: string; from?: string; previous?: boolean };
export type RenderedEvent = { sentence: string; lines: RenderedLine[] };

export function renderAuditLine(line: AuditLine, t: Translate, locale: Locale): RenderedLine {
  const r = (v: AuditValue) => renderAuditValue(v, t, locale);
  return {
    label: r(line.label),
    value: r(line.value),
    ...(line.from ? { from: r(line.from) } : {}),
    ...(line.previous ? { previous: true } : {}),
  };
}

export function renderAuditEvent(d: AuditDescription, t: Translate, locale: Locale): RenderedEvent {
  const params = Object.fromEntries(
    Object.entries(d.sentence.params).map(([k, v]) => [k, renderAuditValue(v, t, locale)]),
  );
  // "… på 300.000 kr." ends the sentence with the abbreviation's own full stop, not a second one.
  const sentence = t(d.sentence.key as MessageKey, params).replace(/\.\.$/, ".");
  return { sentence, lines: d.lines.map((l) => renderAuditLine(l, t, locale)) };
}
