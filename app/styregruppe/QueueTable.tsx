import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { formatDate, formatKroner } from "@/lib/format";
import type { SteeringQueue } from "@/lib/gates/queries/queue";
import { TableRegion } from "@/components/ui/TableRegion";

import { danishDay } from "@/lib/dates";
type Props = { id: string; heading: string; empty: string; items: SteeringQueue["awaitingMe"]; locale: Locale };

/** One part of the queue: each open review with its due date (overdue marked) and scoring progress. */
export function QueueTable({ id, heading, empty, items, locale }: Props) {
  const t = translator(locale);
  const m = MESSAGES[locale].gates;
  const today = danishDay();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {heading} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <TableRegion label={heading}>
          <table className="table table--compact">
            <caption>{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{m.queue.pilot}</th>
                <th scope="col">{m.queue.community}</th>
                <th scope="col">{m.queue.phase}</th>
                <th scope="col">{m.queue.due}</th>
                <th scope="col">{m.queue.progress}</th>
                <th scope="col" className="num">{m.queue.asked}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => {
                const overdue = i.dueDate.toISOString().slice(0, 10) < today;
                return (
                  <tr key={i.reviewId}>
                    <th scope="row">
                      <Link href={`/piloter/${i.pilot.id}/gate`}>{i.pilot.title}</Link>
                    </th>
                    <td>{i.community.name}</td>
                    <td>{m.phase[i.phaseKind]}</td>
                    <td>
                      {formatDate(i.dueDate, locale)}
                      {overdue && <strong> ({m.queue.overdue})</strong>}
                    </td>
                    <td>{t("gates.queue.progressValue", { submitted: i.quorum.submitted, members: i.quorum.members, needed: i.quorum.needed })}</td>
                    <td className="num">{i.requestedGrant == null ? "–" : formatKroner(i.requestedGrant, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
