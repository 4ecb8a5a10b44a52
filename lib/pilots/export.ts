// A pilot's budget and expenses as tables (budget per phase, pledges, expenses), which the one CSV
// and XLSX writer (lib/exports) turn into files. Amounts stay whole kroner; labels follow the
// reader's language.
import type { Translate } from "../i18n/messages";
import type { Column, Table } from "../exports/table";
import { isoDay } from "../dates";
import type { ExpenseLedger } from "./expense-ledger";
import { phaseMoney } from "./phase-track";

export function ledgerTables(ledger: ExpenseLedger, t: Translate): Table[] {
  const col = (key: Parameters<Translate>[0], kind: Column["kind"] = "text"): Column => ({ header: t(key), kind });
  const phaseName = (kind: string) => t(`phaseKind.${kind}` as Parameters<Translate>[0]);
  const money = ledger.phases.map((p) => ({ p, m: phaseMoney(p) }));
  const sum = (f: (m: ReturnType<typeof phaseMoney>) => number) => money.reduce((a, x) => a + f(x.m), 0);

  const budget: Table = {
    name: t("pilotPage.export.budgetSheet"),
    columns: [
      col("pilotPage.export.phase"),
      col("pilotPage.export.status"),
      col("pilotPage.export.start", "date"),
      col("pilotPage.export.end", "date"),
      col("pilotPage.export.requested", "kroner"),
      col("pilotPage.export.granted", "kroner"),
      col("pilotPage.export.pledged", "kroner"),
      col("pilotPage.export.spent", "kroner"),
      col("pilotPage.export.returned", "kroner"),
      col("pilotPage.export.remaining", "kroner"),
    ],
    rows: money.map(({ p, m }) => [
      phaseName(p.kind),
      t(`pilotPage.phaseStatus.${p.status}`),
      isoDay(p.plannedStart),
      isoDay(p.plannedEnd),
      m.requested,
      m.granted,
      m.pledged,
      m.spent,
      m.returned,
      m.remaining,
    ]),
    footer: [
      t("pilotPage.export.total"),
      null,
      null,
      null,
      sum((m) => m.requested),
      sum((m) => m.granted),
      sum((m) => m.pledged),
      sum((m) => m.spent),
      sum((m) => m.returned),
      sum((m) => m.remaining),
    ],
  };
  const pledges: Table = {
    name: t("pilotPage.export.pledgesSheet"),
    columns: [
      col("pilotPage.export.phase"),
      col("pilotPage.export.organisation"),
      col("pilotPage.export.municipalityCode", "id"),
      col("pilotPage.export.amount", "kroner"),
    ],
    rows: ledger.phases.flatMap((p) =>
      p.pledges.map((x) => [phaseName(p.kind), x.organisation.name, x.organisation.municipalityCode, x.amount]),
    ),
  };
  const expenses: Table = {
    name: t("pilotPage.export.expensesSheet"),
    columns: [
      col("pilotPage.export.phase"),
      col("pilotPage.export.expenseId", "id"),
      col("pilotPage.export.date", "date"),
      col("pilotPage.export.category"),
      col("pilotPage.export.description"),
      col("pilotPage.export.amount", "kroner"),
      col("pilotPage.export.reverses", "id"),
      col("pilotPage.export.postedBy"),
    ],
    rows: ledger.phases.flatMap((p) =>
      // Oldest first: a ledger is read in the order it was written.
      [...p.expenses]
        .reverse()
        .map((e) => [
          phaseName(p.kind),
          e.id,
          isoDay(e.spentOn),
          t(`pilotPage.category.${e.category}`),
          e.description,
          e.amount,
          e.reversesId,
          e.createdBy.name,
        ]),
    ),
  };
  return [budget, pledges, expenses];
}

/** A file name without spaces or letters some mail clients mangle: "pilot-12-budget". */
export function exportBaseName(pilotId: number): string {
  return `pilot-${pilotId}-budget`;
}
