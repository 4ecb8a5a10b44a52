import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate, formatKroner } from "@/lib/format";
import type { GateOverview } from "@/lib/gates/queries/overview";
import { Table } from "@/components/ui/Table";
import { TableSection } from "@/components/ui/TableSection";
import { DueDate } from "@/components/gates/DueDate";

const pilotGate = (pilot: { id: number; title: string }) => (
  <Link href={`/piloter/${pilot.id}/gate`}>{pilot.title}</Link>
);

/** Open reviews by due date: the gate meetings to come, and those that are late. */
export function OpenGates({ items, locale }: { items: GateOverview["open"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <TableSection id="open" heading={m.overview.open} count={items.length}>
      <Table
        caption={m.overview.open}
        empty={m.overview.openNone}
        rows={items}
        rowKey={(r) => r.id}
        columns={[
          { key: "pilot", header: m.queue.pilot, rowHeader: true, cell: (r) => pilotGate(r.phase.pilot) },
          { key: "phase", header: m.queue.phase, cell: (r) => m.phase[r.phase.kind] },
          {
            key: "due",
            header: m.queue.due,
            cell: (r) => <DueDate date={r.dueDate} locale={locale} overdue={m.queue.overdue} />,
          },
          { key: "scorecards", header: m.overview.scorecards, num: true, cell: (r) => r._count.scorecards },
          {
            key: "asked",
            header: m.queue.asked,
            num: true,
            cell: (r) => (r.requestedGrant == null ? "–" : formatKroner(r.requestedGrant, locale)),
          },
        ]}
      />
    </TableSection>
  );
}

/** Running phases past their planned end with no review asked for. */
export function OverduePhases({ items, locale }: { items: GateOverview["overduePhases"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <TableSection id="overdue" heading={m.overview.overdue} count={items.length}>
      <Table
        caption={m.overview.overdue}
        empty={m.overview.overdueNone}
        rows={items}
        rowKey={(p) => p.id}
        columns={[
          { key: "pilot", header: m.queue.pilot, rowHeader: true, cell: (p) => pilotGate(p.pilot) },
          { key: "phase", header: m.queue.phase, cell: (p) => m.phase[p.kind] },
          { key: "plannedEnd", header: m.overview.plannedEnd, cell: (p) => formatDate(p.plannedEnd, locale) },
          { key: "lead", header: m.overview.lead, cell: (p) => p.pilot.projectLead.name },
        ]}
      />
    </TableSection>
  );
}
