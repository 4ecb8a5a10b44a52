import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { GatePage } from "@/lib/gates/queries/page";
import { Table } from "@/components/ui/Table";
import { TableSection } from "@/components/ui/TableSection";

type Props = { decided: GatePage["decided"]; locale: Locale; m: Messages["gates"] };

/** Every decision made on the pilot, newest first, each with its memo. */
export function DecisionHistory({ decided, locale, m }: Props) {
  const h = m.history;
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <TableSection id="history" heading={h.heading}>
      <Table
        caption={h.caption}
        empty={h.none}
        rows={decided}
        rowKey={(r) => r.id}
        columns={[
          { key: "date", header: h.date, cell: (r) => formatDate(r.decision.decidedAt, locale) },
          { key: "phase", header: h.phase, cell: (r) => m.phase[r.phase.kind] },
          { key: "outcome", header: h.outcome, cell: (r) => m.outcome[r.decision.outcome] },
          {
            key: "score",
            header: h.score,
            num: true,
            cell: (r) => (r.decision.weightedScore == null ? "–" : formatNumber(r.decision.weightedScore, locale)),
          },
          { key: "released", header: h.released, num: true, cell: (r) => kr(r.decision.releasedAmount) },
          { key: "returned", header: h.returned, num: true, cell: (r) => kr(r.decision.returnedAmount) },
          { key: "decidedBy", header: h.decidedBy, cell: (r) => r.decision.decidedBy.name },
          {
            key: "memo",
            header: h.memo,
            cell: (r) => (
              <Link
                href={`/beslutninger/${r.decision.id}`}
                aria-label={`${h.memoLink}: ${m.outcome[r.decision.outcome]}, ${formatDate(r.decision.decidedAt, locale)}`}
              >
                {h.memoLink}
              </Link>
            ),
          },
        ]}
      />
    </TableSection>
  );
}
