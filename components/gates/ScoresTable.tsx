import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import type { ScoreTable } from "@/lib/gates/queries/scores";
import styles from "./gates.module.css";
import { TableRegion } from "@/components/ui/TableRegion";

/**
 * Criteria down, members across: each score with its comment, the mean per criterion and the
 * weighted score. A member who declared a conflict of interest is listed as abstaining.
 */
export function ScoresTable({ table, locale, caption }: { table: ScoreTable; locale: Locale; caption: string }) {
  const m = MESSAGES[locale].gates.scores;
  const num = (n: number | null) => (n == null ? "–" : formatNumber(n, locale));
  const voters = table.cards.filter((c) => !c.conflictOfInterest);
  const abstained = table.cards.filter((c) => c.conflictOfInterest);
  if (table.cards.length === 0) return <p>{m.none}</p>;
  return (
    <>
      <TableRegion label={caption}>
        <table className={`table table--compact ${styles.scores}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.criterion}</th>
              <th scope="col" className="num">{m.weight}</th>
              {voters.map((c) => (
                <th scope="col" key={c.userId}>
                  {c.name}
                  <span className={styles.org}>{c.organisation}</span>
                </th>
              ))}
              <th scope="col" className="num">{m.mean}</th>
            </tr>
          </thead>
          <tbody>
            {table.criteria.map((cr) => (
              <tr key={cr.id}>
                <th scope="row">{locale === "da" ? cr.nameDa : cr.nameEn}</th>
                <td className="num">{cr.weight} %</td>
                {voters.map((c) => {
                  const s = c.scores[cr.id];
                  return (
                    <td key={c.userId}>
                      <strong>{s ? s.score : "–"}</strong>
                      {s && <span className={styles.comment}>{s.comment}</span>}
                    </td>
                  );
                })}
                <td className="num">{num(cr.mean)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2 + voters.length}>{m.weighted}</th>
              <td className="num" data-testid="weighted-score"><strong>{num(table.weighted)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      {abstained.length > 0 && <p>{m.abstained}: {abstained.map((c) => `${c.name} (${c.organisation})`).join(", ")}</p>}
    </>
  );
}
