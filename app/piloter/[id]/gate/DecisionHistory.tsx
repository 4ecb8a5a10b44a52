import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { GatePage } from "@/lib/gates/queries/page";
import { TableRegion } from "@/components/ui/TableRegion";

/** Every decision made on the pilot, newest first, each with its memo. */
export function DecisionHistory({ decided, locale, m }: { decided: GatePage["decided"]; locale: Locale; m: Messages["gates"] }) {
  const h = m.history;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{h.heading}</h2>
      {decided.length === 0 ? (
        <p>{h.none}</p>
      ) : (
        <TableRegion label={h.caption}>
          <table className="table table--compact">
            <caption>{h.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{h.date}</th>
                <th scope="col">{h.phase}</th>
                <th scope="col">{h.outcome}</th>
                <th scope="col" className="num">{h.score}</th>
                <th scope="col" className="num">{h.released}</th>
                <th scope="col" className="num">{h.returned}</th>
                <th scope="col">{h.decidedBy}</th>
                <th scope="col">{h.memo}</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((r) => (
                <tr key={r.id}>
                  <td>{formatDate(r.decision.decidedAt, locale)}</td>
                  <td>{m.phase[r.phase.kind]}</td>
                  <td>{m.outcome[r.decision.outcome]}</td>
                  <td className="num">{r.decision.weightedScore == null ? "–" : formatNumber(r.decision.weightedScore, locale)}</td>
                  <td className="num">{formatKroner(r.decision.releasedAmount, locale)}</td>
                  <td className="num">{formatKroner(r.decision.returnedAmount, locale)}</td>
                  <td>{r.decision.decidedBy.name}</td>
                  <td>
                    <Link href={`/beslutninger/${r.decision.id}`} aria-label={`${h.memoLink}: ${m.outcome[r.decision.outcome]}, ${formatDate(r.decision.decidedAt, locale)}`}>
                      {h.memoLink}
                    </Link>
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
