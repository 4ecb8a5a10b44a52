import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import type { DecisionMemo } from "@/lib/gates/queries/memo";

/** The decision's conditions and where each stands (tracked until done). */
export function MemoConditions({
  conditions,
  locale,
  m,
}: {
  conditions: DecisionMemo["conditions"];
  locale: Locale;
  m: Messages["gates"]["memo"];
}) {
  return (
    <>
      <h2>{m.conditions}</h2>
      {conditions.length === 0 ? (
        <p>{m.noConditions}</p>
      ) : (
        <table className="table table--compact">
          <caption>{m.conditionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.condition}</th>
              <th scope="col">{m.due}</th>
              <th scope="col">{m.state}</th>
            </tr>
          </thead>
          <tbody>
            {conditions.map((c) => (
              <tr key={c.id}>
                <td>{c.text}</td>
                <td>{c.dueDate ? formatDate(c.dueDate, locale) : "–"}</td>
                <td>{c.doneAt ? m.done.replace("{date}", formatDate(c.doneAt, locale)) : m.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
