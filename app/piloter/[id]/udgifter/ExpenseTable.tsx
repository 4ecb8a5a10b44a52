import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ExpenseRow } from "@/lib/pilots/expense-ledger";
import { formatKroner, formatShortDate } from "@/lib/format";
import styles from "@/components/pilots/pilots.module.css";
import { Table } from "@/components/ui/Table";
import { ReverseForm } from "./ReverseForm";

type Props = { expenses: ExpenseRow[]; caption: string; canReverse: boolean; locale: Locale; m: Messages["pilotPage"] };

/** The phase's ledger, newest first; reversals appear as their own negative rows. */
export function ExpenseTable({ expenses, caption, canReverse, locale, m }: Props) {
  const e = m.expenses;
  return (
    <Table
      caption={caption}
      empty={e.none}
      regionClassName={styles.money}
      rows={expenses}
      rowKey={(x) => x.id}
      rowProps={(x) => ({ "data-expense-id": x.id })}
      columns={[
        { key: "date", header: e.colDate, cell: (x) => formatShortDate(x.spentOn) },
        { key: "category", header: e.colCategory, cell: (x) => m.category[x.category] },
        { key: "description", header: e.colDescription, cell: (x) => x.description },
        { key: "amount", header: e.colAmount, num: true, cell: (x) => formatKroner(x.amount, locale) },
        { key: "by", header: e.colBy, cell: (x) => x.createdBy.name },
        canReverse && {
          key: "actions",
          header: e.colActions,
          cell: (x) => (x.reversedBy ? e.reversed : x.amount > 0 ? <ReverseForm expenseId={x.id} m={e} /> : "–"),
        },
      ]}
    />
  );
}
