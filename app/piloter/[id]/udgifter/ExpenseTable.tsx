import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ExpenseRow } from "@/lib/pilots/expense-ledger";
import { formatKroner, formatShortDate } from "@/lib/format";
import styles from "@/components/pilots/pilots.module.css";
import { TableRegion } from "@/components/ui/TableRegion";
import { ReverseForm } from "./ReverseForm";

type Props = { expenses: ExpenseRow[]; caption: string; canReverse: boolean; locale: Locale; m: Messages["pilotPage"] };

/** The phase's ledger, newest first; reversals appear as their own negative rows. */
export function ExpenseTable({ expenses, caption, canReverse, locale, m }: Props) {
  const e = m.expenses;
  if (expenses.length === 0) return <p>{e.none}</p>;
  return (
    <TableRegion label={caption} className={styles.money}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{e.colDate}</th>
            <th scope="col">{e.colCategory}</th>
            <th scope="col">{e.colDescription}</th>
            <th scope="col" className="num">{e.colAmount}</th>
            <th scope="col">{e.colBy}</th>
            {canReverse && <th scope="col">{e.colActions}</th>}
          </tr>
        </thead>
        <tbody>
          {expenses.map((x) => (
            <tr key={x.id} data-expense-id={x.id}>
              <td>{formatShortDate(x.spentOn)}</td>
              <td>{m.category[x.category]}</td>
              <td>{x.description}</td>
              <td className="num">{formatKroner(x.amount, locale)}</td>
              <td>{x.createdBy.name}</td>
              {canReverse && (
                <td>{x.reversedBy ? e.reversed : x.amount > 0 ? <ReverseForm expenseId={x.id} m={e} /> : "–"}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
