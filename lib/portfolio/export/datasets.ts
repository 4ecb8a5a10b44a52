// Every dataset the dashboard shows, as a table: the same function feeds the accessible table under
// each chart and the CSV/XLSX download of it, so what you read is what you download. Pivoting
// SQL's rows into columns happens here; every sum and count already came from SQL.
import type { MessageKey, Translate } from "../../i18n/messages";
import { SDGS } from "../../pilots/sdgs";
import { DOMAINS, TECHNOLOGIES } from "../../pilots/tags";
import type { PortfolioSummary } from "../types";
import { benefitTables, fairShareTable, gatesTable, municipalitiesTable, valueRiskTable } from "./datasets-more";

import type { Column, Table } from "../../exports/table";
export const DATASETS = [
  "funnel",
  "money-phase",
  "money-year",
  "pool",
  "pool-years",
  "gates",
  "decisions",
  "sdgs",
  "technology-domain",
  "value-risk",
  "fair-share",
  "benefits",
  "benefit-years",
  "municipalities",
] as const;
export type Dataset = (typeof DATASETS)[number];

export const isDataset = (v: string): v is Dataset => (DATASETS as readonly string[]).includes(v);

export const col = (t: Translate, key: MessageKey, kind: Column["kind"] = "text"): Column => ({ header: t(key), kind });
const phase = (t: Translate, p: string) => t(`portfolio.phase.${p}` as MessageKey);

function funnelTable(s: Pick<PortfolioSummary, "funnel">, t: Translate): Table {
  const k = (x: string) => `portfolio.funnel.${x}` as MessageKey;
  return {
    name: t("portfolio.funnel.heading"),
    columns: [
      col(t, k("stage")),
      col(t, k("reached"), "count"),
      col(t, k("current"), "count"),
      col(t, k("passed"), "count"),
      col(t, k("stopped"), "count"),
      col(t, k("revised"), "count"),
      col(t, k("passRate"), "share"),
    ],
    rows: [
      ...s.funnel.stages.map((x) => [
        phase(t, x.phase),
        x.reached,
        x.current,
        x.passed,
        x.stopped,
        x.revised,
        x.passRate,
      ]),
      [t("portfolio.funnel.adopted"), s.funnel.adopted, null, null, null, null, null],
    ],
  };
}

function moneyTable(s: Pick<PortfolioSummary, "money">, t: Translate, by: "phase" | "year"): Table {
  const k = (x: string) => `portfolio.money.${x}` as MessageKey;
  const money = ["granted", "pledged", "spent", "returned"] as const;
  const rows =
    by === "phase"
      ? s.money.byPhase.map((r) => [phase(t, r.phase), ...money.map((m) => r[m])])
      : s.money.byYear.map((r) => [String(r.year), ...money.map((m) => r[m])]);
  return {
    name: t(by === "phase" ? "portfolio.money.phaseTitle" : "portfolio.money.yearTitle"),
    columns: [col(t, k(by)), ...money.map((m) => col(t, k(m), "kroner"))],
    rows,
    footer: [t("portfolio.total"), ...money.map((m) => s.money.total[m])],
  };
}

function poolTables(s: Pick<PortfolioSummary, "pool">, t: Translate): { pool: Table; years: Table } {
  const k = (x: string) => `portfolio.pool.${x}` as MessageKey;
  const name = (slug: string) => s.pool.communities.find((c) => c.slug === slug)?.name ?? slug;
  return {
    pool: {
      name: t("portfolio.pool.heading"),
      columns: [col(t, k("month")), col(t, k("community")), col(t, k("net"), "kroner"), col(t, k("balance"), "kroner")],
      rows: s.pool.months.map((m) => [m.month, name(m.community), m.net, m.balance]),
    },
    years: {
      name: t("portfolio.pool.yearsTitle"),
      columns: [
        col(t, k("community")),
        col(t, k("year")),
        col(t, k("contributions"), "kroner"),
        col(t, k("granted"), "kroner"),
        col(t, k("returned"), "kroner"),
        col(t, k("adjustments"), "kroner"),
        col(t, k("balance"), "kroner"),
      ],
      rows: s.pool.years.map((y) => [
        name(y.community),
        String(y.year),
        y.contributions,
        y.granted,
        y.returned,
        y.adjustments,
        y.balance,
      ]),
    },
  };
}

function decisionsTable(s: Pick<PortfolioSummary, "decisions">, t: Translate): Table {
  const outcomes = ["go", "revise", "stop", "adopt"] as const;
  const quarters = [...new Set(s.decisions.map((d) => d.quarter))];
  const of = (q: string, o: string) => s.decisions.find((d) => d.quarter === q && d.outcome === o);
  return {
    name: t("portfolio.decisions.heading"),
    columns: [
      col(t, "portfolio.decisions.quarter"),
      ...outcomes.map((o) => col(t, `portfolio.outcome.${o}` as MessageKey, "count")),
      col(t, "portfolio.decisions.count", "count"),
      col(t, "portfolio.decisions.released", "kroner"),
      col(t, "portfolio.decisions.returned", "kroner"),
    ],
    rows: quarters.map((q) => [
      q,
      ...outcomes.map((o) => of(q, o)?.count ?? 0),
      of(q, "all")?.count ?? 0,
      of(q, "all")?.released ?? 0,
      of(q, "all")?.returned ?? 0,
    ]),
  };
}

function sdgTable(s: Pick<PortfolioSummary, "sdgs">, t: Translate, locale: "da" | "en"): Table {
  return {
    name: t("portfolio.sdgs.heading"),
    columns: [
      col(t, "portfolio.sdgs.goal"),
      col(t, "portfolio.sdgs.pilots", "count"),
      col(t, "portfolio.sdgs.share", "share"),
    ],
    rows: s.sdgs.map((g) => [`${g.sdg}. ${SDGS[g.sdg - 1]?.[locale] ?? ""}`, g.pilots, g.share]),
  };
}

function techDomainTable(s: Pick<PortfolioSummary, "techDomain">, t: Translate): Table {
  const cell = (tech: string | null, dom: string | null) =>
    s.techDomain.find((c) => c.technology === tech && c.domain === dom)?.pilots ?? 0;
  const label = (kind: "technology" | "domain", v: string) => t(`pilots.${kind}.${v}` as MessageKey);
  return {
    name: t("portfolio.techDomain.heading"),
    columns: [
      col(t, "portfolio.techDomain.technology"),
      ...DOMAINS.map((d) => ({ header: label("domain", d), kind: "count" as const })),
      col(t, "portfolio.total", "count"),
    ],
    rows: TECHNOLOGIES.map((x) => [label("technology", x), ...DOMAINS.map((d) => cell(x, d)), cell(x, null)]),
    footer: [t("portfolio.total"), ...DOMAINS.map((d) => cell(null, d)), cell(null, null)],
  };
}

/** The table of one dataset from (the needed part of) a summary. */
export function datasetTable(name: Dataset, s: PortfolioSummary, t: Translate, locale: "da" | "en"): Table {
  switch (name) {
    case "funnel":
      return funnelTable(s, t);
    case "money-phase":
      return moneyTable(s, t, "phase");
    case "money-year":
      return moneyTable(s, t, "year");
    case "pool":
      return poolTables(s, t).pool;
    case "pool-years":
      return poolTables(s, t).years;
    case "gates":
      return gatesTable(s, t);
    case "decisions":
      return decisionsTable(s, t);
    case "sdgs":
      return sdgTable(s, t, locale);
    case "technology-domain":
      return techDomainTable(s, t);
    case "value-risk":
      return valueRiskTable(s, t);
    case "fair-share":
      return fairShareTable(s, t);
    case "benefits":
      return benefitTables(s, t).rows;
    case "benefit-years":
      return benefitTables(s, t).years;
    case "municipalities":
      return municipalitiesTable(s, t);
  }
}
