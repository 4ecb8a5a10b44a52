// The procurement pack as a document model in the reader's language: the same headings, demand table
// and sections feed the A4 PDF (pdf.ts) and the workbook (its tables), so the two cannot differ.
import type { Locale } from "../i18n/locales";
import type { MessageKey, Translate } from "../i18n/messages";
import type { Table } from "../exports/table";
import { formatDate, formatNumber } from "../format";
import type { ProcurementPack } from "./pack";

export type PackDocument = {
  title: string;
  subtitle: string;
  facts: [string, string][];
  demand: Table;
  route: { heading: string; name: string; description: string };
  recommendation: { heading: string; text: string; note: string | null };
  requirements: { heading: string; items: { title: string; text: string; source: string }[]; none: string };
  notes: { heading: string; text: string } | null;
};

export function packDocument(pack: ProcurementPack, t: Translate, locale: Locale, today: string): PackDocument {
  const statusOf = (s: string) => t(`procurement.demandStatus.${s}` as MessageKey);
  const chosenResults = pack.results
    .filter((r) => r.chosen)
    .map((r) => ({
      title: r.title,
      text: r.body,
      source: `${t("procurement.fromResult")} ${formatDate(r.occurredOn, locale)}`,
    }));
  const chosenLessons = pack.lessons
    .filter((l) => l.chosen)
    .map((l) => ({
      title: l.title,
      text: `${l.whatWeLearned} ${l.wouldDoDifferently}`.trim(),
      source: t("procurement.fromLesson"),
    }));
  return {
    title: t("procurement.documentTitle"),
    subtitle: pack.pilot.title,
    facts: [
      [t("procurement.community"), pack.pilot.community],
      [t("procurement.lead"), pack.pilot.lead],
      [t("procurement.totalUnits"), formatNumber(pack.units, locale)],
      [t("procurement.printed"), formatDate(today, locale)],
    ],
    demand: {
      name: t("procurement.demandHeading"),
      columns: [
        { header: t("procurement.colOrganisation"), kind: "text" },
        { header: t("procurement.colCode"), kind: "id" },
        { header: t("procurement.colStatus"), kind: "text" },
        { header: t("procurement.colUnits"), kind: "count" },
        { header: t("procurement.colGoLive"), kind: "text" },
        { header: t("procurement.colOperation"), kind: "text" },
      ],
      rows: pack.demand.map((d) => [
        d.organisation,
        d.municipalityCode,
        statusOf(d.status),
        d.units,
        d.goLive,
        d.operation ? t(`operations.status.${d.operation}` as MessageKey) : null,
      ]),
      footer: [t("procurement.total"), null, null, pack.units, null, null],
    },
    route: pack.route
      ? {
          heading: t("procurement.routeHeading"),
          name: t(`procurement.routes.${pack.route}.name` as MessageKey),
          description: t(`procurement.routes.${pack.route}.description` as MessageKey),
        }
      : { heading: t("procurement.routeHeading"), name: t("procurement.noRoute"), description: "" },
    recommendation: pack.recommendation
      ? {
          heading: t("procurement.recommendationHeading"),
          text: pack.recommendation.text,
          note: t("procurement.recommendationDecided", { date: formatDate(pack.recommendation.decidedOn, locale) }),
        }
      : { heading: t("procurement.recommendationHeading"), text: t("procurement.noRecommendation"), note: null },
    requirements: {
      heading: t("procurement.requirementsHeading"),
      items: [...chosenResults, ...chosenLessons],
      none: t("procurement.noRequirements"),
    },
    notes: pack.notes ? { heading: t("procurement.notesHeading"), text: pack.notes } : null,
  };
}

/** The workbook: the demand, and the rest of the pack as a sheet of headed lines. */
export function packTables(doc: PackDocument, t: Translate): Table[] {
  const lines: [string, string][] = [
    ...doc.facts,
    [doc.route.heading, [doc.route.name, doc.route.description].filter(Boolean).join(" – ")],
    [doc.recommendation.heading, [doc.recommendation.text, doc.recommendation.note].filter(Boolean).join(" ")],
    ...(doc.requirements.items.length
      ? doc.requirements.items.map((r, i): [string, string] => [
          `${doc.requirements.heading} ${i + 1}`,
          `${r.title}: ${r.text} (${r.source})`,
        ])
      : [[doc.requirements.heading, doc.requirements.none] as [string, string]]),
    ...(doc.notes ? [[doc.notes.heading, doc.notes.text] as [string, string]] : []),
  ];
  return [
    doc.demand,
    {
      name: t("procurement.packSheet"),
      columns: [
        { header: t("procurement.colItem"), kind: "text" },
        { header: t("procurement.colContent"), kind: "text" },
      ],
      rows: [[doc.title, doc.subtitle], ...lines],
    },
  ];
}
