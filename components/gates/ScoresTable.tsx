import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import type { ScoreTable } from "@/lib/gates/queries/scores";
import styles from "./gates.module.css";
import { Table, type Column } from "@/components/ui/Table";

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
  type Criterion = ScoreTable["criteria"][number];
  const columns: Column<Criterion>[] = [
    { key: "criterion", header: m.criterion, rowHeader: true, cell: (cr) => (locale === "da" ? cr.nameDa : cr.nameEn) },
    { key: "weight", header: m.weight, num: true, cell: (cr) => `${cr.weight} %` },
    ...voters.map((c) => ({
      key: String(c.userId),
      header: (
        <>
          {c.name}
          <span className={styles.org}>{c.organisation}</span>
        </>
      ),
      cell: (cr: Criterion) => {
        const s = c.scores[cr.id];
        return (
          <>
            <strong>{s ? s.score : "–"}</strong>
            {s && <span className={styles.comment}>{s.comment}</span>}
          </>
        );
      },
    })),
    { key: "mean", header: m.mean, num: true, cell: (cr) => num(cr.mean) },
  ];
  const weighted = { content: <strong>{num(table.weighted)}</strong>, testId: "weighted-score" };
  return (
    <>
      <Table
        caption={caption}
        className={styles.scores}
        rows={table.criteria}
        rowKey={(cr) => cr.id}
        columns={columns}
        footer={[[{ content: m.weighted, colSpan: 2 + voters.length }, weighted]]}
      />
      {abstained.length > 0 && (
        <p>
          {m.abstained}: {abstained.map((c) => `${c.name} (${c.organisation})`).join(", ")}
        </p>
      )}
    </>
  );
}
