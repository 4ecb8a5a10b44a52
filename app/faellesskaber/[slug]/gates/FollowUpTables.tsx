import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import type { GateOverview } from "@/lib/gates/queries/overview";
import { ConditionDoneButton } from "./ConditionDoneButton";
import { TableRegion } from "@/components/ui/TableRegion";

import { danishDay } from "@/lib/dates";
/** Conditions of decisions not yet met, earliest due first, each with its memo and a done button. */
export function OpenConditions({ items, slug, locale }: { items: GateOverview["conditions"]; slug: string; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  const t = translator(locale);
  const today = danishDay();
  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{m.overview.conditions} ({items.length})</h2>
      {items.length === 0 ? (
        <p>{m.overview.conditionsNone}</p>
      ) : (
        <TableRegion label={m.overview.conditions}>
          <table className="table table--compact">
            <caption>{m.overview.conditions}</caption>
            <thead>
              <tr>
                <th scope="col">{m.memo.condition}</th>
                <th scope="col">{m.queue.pilot}</th>
                <th scope="col">{m.memo.due}</th>
                <th scope="col">{m.overview.decision}</th>
                <th scope="col">{m.overview.action}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>{c.text}</td>
                  <td>{c.decision.review.phase.pilot.title}</td>
                  <td>
                    {c.dueDate ? formatDate(c.dueDate, locale) : "–"}
                    {c.dueDate && c.dueDate.toISOString().slice(0, 10) < today && <strong> ({m.queue.overdue})</strong>}
                  </td>
                  <td>
                    <Link href={`/beslutninger/${c.decision.id}`}>{m.outcome[c.decision.outcome]}</Link>
                  </td>
                  <td>
                    <ConditionDoneButton slug={slug} conditionId={c.id} label={m.overview.markDone} ariaLabel={t("gates.overview.markDoneLabel", { text: c.text })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/** Decided gates whose lesson — or stop report — the lead has not written yet. */
export function OwedLessons({ items, locale }: { items: GateOverview["owed"]; locale: Locale }) {
  const m = MESSAGES[locale].gates;
  return (
    <section aria-labelledby="owed-heading">
      <h2 id="owed-heading">{m.overview.owed} ({items.length})</h2>
      {items.length === 0 ? (
        <p>{m.overview.owedNone}</p>
      ) : (
        <TableRegion label={m.overview.owed}>
          <table className="table table--compact">
            <caption>{m.overview.owed}</caption>
            <thead>
              <tr>
                <th scope="col">{m.queue.pilot}</th>
                <th scope="col">{m.queue.phase}</th>
                <th scope="col">{m.overview.decision}</th>
                <th scope="col">{m.overview.lead}</th>
                <th scope="col">{m.overview.owedKind}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <th scope="row"><Link href={`/piloter/${d.review.phase.pilotId}/gate`}>{d.review.phase.pilot.title}</Link></th>
                  <td>{m.phase[d.review.phase.kind]}</td>
                  <td>
                    <Link href={`/beslutninger/${d.id}`}>{m.outcome[d.outcome]}, {formatDate(d.decidedAt, locale)}</Link>
                  </td>
                  <td>{d.review.phase.pilot.projectLead.name}</td>
                  <td>{d.outcome === "STOP" ? m.overview.stopReport : m.overview.lesson}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
