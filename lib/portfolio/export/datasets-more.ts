// The remaining dataset tables (see datasets.ts): the lists with one row per pilot, organisation
// or municipality.
import type { MessageKey, Translate } from "../../i18n/messages";
import type { PortfolioSummary } from "../types";

import type { Column, Table } from "../../exports/table";
const col = (t: Translate, key: MessageKey, kind: Column["kind"] = "text"): Column => ({ header: t(key), kind });
const word = (t: Translate, area: "phase" | "outcome" | "status" | "benefit", v: string) =>
  t(`portfolio.${area}.${v}` as MessageKey);

export function gatesTable(s: Pick<PortfolioSummary, "gates">, t: Translate): Table {
  const k = (x: string) => `portfolio.gates.${x}` as MessageKey;
  return {
    name: t("portfolio.gates.heading"),
    columns: [col(t, k("pilot")), col(t, k("what")), col(t, k("phase")), col(t, k("due"), "date"), col(t, k("state"))],
    rows: s.gates.items.map((g) => [
      g.pilotTitle,
      g.kind === "review" ? t("portfolio.gates.review") : `${t("portfolio.gates.condition")}: ${g.text ?? ""}`,
      word(t, "phase", g.phase),
      g.dueDate,
      g.daysOverdue > 0
        ? t("portfolio.gates.daysOverdue", { days: g.daysOverdue })
        : g.daysOverdue === 0
          ? t("portfolio.gates.dueToday")
          : t("portfolio.gates.dueIn", { days: -g.daysOverdue }),
    ]),
    links: s.gates.items.map((g) => (g.kind === "review" ? `/piloter/${g.pilotId}/gate` : `/piloter/${g.pilotId}`)),
  };
}

export function valueRiskTable(s: Pick<PortfolioSummary, "valueRisk">, t: Translate): Table {
  const k = (x: string) => `portfolio.valueRisk.${x}` as MessageKey;
  return {
    name: t("portfolio.valueRisk.heading"),
    columns: [
      col(t, k("pilot")),
      col(t, k("status")),
      col(t, k("gate")),
      col(t, k("decided"), "date"),
      col(t, k("value"), "decimal"),
      col(t, k("risk"), "decimal"),
      col(t, k("granted"), "kroner"),
    ],
    rows: s.valueRisk.map((p) => [
      p.title,
      word(t, "status", p.status),
      `${word(t, "phase", p.phase)}: ${word(t, "outcome", p.outcome)}`,
      p.decidedOn,
      p.value,
      p.risk,
      p.granted,
    ]),
    links: s.valueRisk.map((p) => `/piloter/${p.pilotId}`),
  };
}

export function fairShareTable(s: Pick<PortfolioSummary, "fairShare">, t: Translate): Table {
  const k = (x: string) => `portfolio.fairShare.${x}` as MessageKey;
  return {
    name: t("portfolio.fairShare.heading"),
    columns: [
      col(t, k("organisation")),
      col(t, k("contributed"), "kroner"),
      col(t, k("pledged"), "kroner"),
      col(t, k("led"), "count"),
      col(t, k("joined"), "count"),
      col(t, k("adopted"), "count"),
      col(t, k("grantedToLed"), "kroner"),
      col(t, k("paidShare"), "share"),
      col(t, k("participationShare"), "share"),
    ],
    rows: s.fairShare.map((o) => [
      o.name,
      o.contributed,
      o.pledged,
      o.led,
      o.joined,
      o.adopted,
      o.grantedToLed,
      o.paidShare,
      o.participationShare,
    ]),
    links: s.fairShare.map((o) => (o.municipalityCode ? `/kommuner/${o.municipalityCode}` : null)),
  };
}

export function benefitTables(s: Pick<PortfolioSummary, "benefits">, t: Translate): { rows: Table; years: Table } {
  const k = (x: string) => `portfolio.benefits.${x}` as MessageKey;
  const groups = {
    total: t("portfolio.total"),
    community: t(k("groupCommunity")),
    phase: t(k("groupPhase")),
    pilot: t(k("groupPilot")),
  };
  const what = (r: PortfolioSummary["benefits"]["rows"][number]) =>
    r.group === "community"
      ? r.community
      : r.group === "phase"
        ? word(t, "phase", r.phase!)
        : r.group === "pilot"
          ? r.pilotTitle
          : null;
  return {
    rows: {
      name: t("portfolio.benefits.heading"),
      columns: [
        col(t, k("kind")),
        col(t, k("unit")),
        col(t, k("breakdown")),
        col(t, k("name")),
        col(t, k("kpis"), "count"),
        col(t, k("reached"), "count"),
        col(t, k("realised"), "decimal"),
        col(t, k("target"), "decimal"),
      ],
      rows: s.benefits.rows.map((r) => [
        word(t, "benefit", r.benefit),
        r.unit,
        groups[r.group],
        what(r),
        r.kpis,
        r.reached,
        r.realised,
        r.target,
      ]),
    },
    years: {
      name: t("portfolio.benefits.byYear"),
      columns: [
        col(t, k("kind")),
        col(t, k("unit")),
        col(t, k("year")),
        col(t, k("kpis"), "count"),
        col(t, k("realised"), "decimal"),
      ],
      rows: s.benefits.years.map((y) => [word(t, "benefit", y.benefit), y.unit, String(y.year), y.kpis, y.realised]),
    },
  };
}

export function municipalitiesTable(s: Pick<PortfolioSummary, "municipalities">, t: Translate): Table {
  const k = (x: string) => `portfolio.map.${x}` as MessageKey;
  return {
    name: t("portfolio.map.tableHeading"),
    columns: [
      col(t, k("municipality")),
      col(t, k("code"), "id"),
      col(t, k("pilots"), "count"),
      col(t, k("led"), "count"),
      col(t, k("running"), "count"),
    ],
    rows: s.municipalities.map((m) => [m.name, m.code, m.pilots, m.led, m.running]),
    links: s.municipalities.map((m) => `/kommuner/${m.code}`),
  };
}
