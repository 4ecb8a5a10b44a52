import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import type { GateOverview } from "@/lib/gates/queries/overview";
import { Table } from "@/components/ui/Table";
import { TableSection } from "@/components/ui/TableSection";
import { DueDate } from "@/components/gates/DueDate";
import { ConditionDoneButton } from "./ConditionDoneButton";

/** Conditions of decisions not yet met, earliest due first, each with its memo and a done button. */
export function OpenConditions({
  items,
  slug,
  locale,
}: {
  items: GateOverview["conditions"];
  slug: string;
  locale: Locale;
}) {
  const m = MESSAGES[locale].gates;
  const t = translator(locale);
  return (
    <TableSection id="conditions" heading={m.overview.conditions} count={items.length}>
      <Table
        caption={m.overview.conditions}
        empty={m.overview.conditionsNone}
        rows={items}
        rowKey={(c) => c.id}
        columns={[
          { key: "condition", header: m.memo.condition, cell: (c) => c.text },
          { key: "pilot", header: m.queue.pilot, cell: (c) => c.decision.review.phase.pilot.title },
          {
            key: "due",
            header: m.memo.due,
            cell: (c) => <DueDate date={c.dueDate} locale={locale} overdue={m.queue.overdue} />,
          },
          {
            key: "decision",
            header: m.overview.decision,
            cell: (c) => <Link href={`/beslutninger/${c.decision.id}`}>{m.outcome[c.decision.outcome]}</Link>,
          },
          {
            key: "action",
            header: m.overview.action,
            cell: (c) => (
              <ConditionDoneButton
                slug={slug}
                conditionId={c.id}
                label={m.overview.markDone}
                ariaLabel={t("gates.overview.markDoneLabel", { text: c.text })}
              />
            ),
          },
        ]}
      />
    </TableSection>
  );
}

/** Decided gates whose lesson — or stop report — the lead has not written yet. */
export function OwedLessons({ items, locale }: { items: GateOverview["owed"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <TableSection id="owed" heading={m.overview.owed} count={items.length}>
      <Table
        caption={m.overview.owed}
        empty={m.overview.owedNone}
        rows={items}
        rowKey={(d) => d.id}
        columns={[
          {
            key: "pilot",
            header: m.queue.pilot,
            rowHeader: true,
            cell: (d) => <Link href={`/piloter/${d.review.phase.pilotId}/gate`}>{d.review.phase.pilot.title}</Link>,
          },
          { key: "phase", header: m.queue.phase, cell: (d) => m.phase[d.review.phase.kind] },
          {
            key: "decision",
            header: m.overview.decision,
            cell: (d) => (
              <Link href={`/beslutninger/${d.id}`}>
                {m.outcome[d.outcome]}, {formatDate(d.decidedAt, locale)}
              </Link>
            ),
          },
          { key: "lead", header: m.overview.lead, cell: (d) => d.review.phase.pilot.projectLead.name },
          {
            key: "kind",
            header: m.overview.owedKind,
            cell: (d) => (d.outcome === "STOP" ? m.overview.stopReport : m.overview.lesson),
          },
        ]}
      />
    </TableSection>
  );
}
