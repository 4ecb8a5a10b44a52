import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate, formatKroner } from "@/lib/format";
import type { GateOverview } from "@/lib/gates/queries/overview";
import { TableRegion } from "@/components/ui/TableRegion";

import { danishDay } from "@/lib/dates";
const isOverdue = (d: Date) => d.toISOString().slice(0, 10) < danishDay();

/** Open reviews by due date: the gate meetings to come, and those that are late. */
export function OpenGates({ items, locale }: { items: GateOverview["open"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <section aria-labelledby="open-heading">
      <h2 id="open-heading">{m.overview.open} ({items.length})</h2>
      {items.length === 0 ? (
        <p>{m.overview.openNone}</p>
      ) : (
        <TableRegion label={m.overview.open}>
          <table className="table table--compact">
            <caption>{m.overview.open}</caption>
            <thead>
              <tr>
                <th scope="col">{m.queue.pilot}</th>
                <th scope="col">{m.queue.phase}</th>
                <th scope="col">{m.queue.due}</th>
                <th scope="col" className="num">{m.overview.scorecards}</th>
                <th scope="col" className="num">{m.queue.asked}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row"><Link href={`/piloter/${r.phase.pilot.id}/gate`}>{r.phase.pilot.title}</Link></th>
                  <td>{m.phase[r.phase.kind]}</td>
                  <td>
                    {formatDate(r.dueDate, locale)}
                    {isOverdue(r.dueDate) && <strong> ({m.queue.overdue})</strong>}
                  </td>
                  <td className="num">{r._count.scorecards}</td>
                  <td className="num">{r.requestedGrant == null ? "–" : formatKroner(r.requestedGrant, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/** Running phases past their planned end with no review asked for. */
export function OverduePhases({ items, locale }: { items: GateOverview["overduePhases"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{m.overview.overdue} ({items.length})</h2>
      {items.length === 0 ? (
        <p>{m.overview.overdueNone}</p>
      ) : (
        <TableRegion label={m.overview.overdue}>
          <table className="table table--compact">
            <caption>{m.overview.overdue}</caption>
            <thead>
              <tr>
                <th scope="col">{m.queue.pilot}</th>
                <th scope="col">{m.queue.phase}</th>
                <th scope="col">{m.overview.plannedEnd}</th>
                <th scope="col">{m.overview.lead}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row"><Link href={`/piloter/${p.pilot.id}/gate`}>{p.pilot.title}</Link></th>
                  <td>{m.phase[p.kind]}</td>
                  <td>{formatDate(p.plannedEnd, locale)}</td>
                  <td>{p.pilot.projectLead.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
